#include "CustomerStage.h"

#include <QCoreApplication>

namespace CustomerStages {

QString toKey(CustomerStage stage)
{
    switch (stage) {
    case CustomerStage::Lead: return QStringLiteral("lead");
    case CustomerStage::Customer: return QStringLiteral("customer");
    case CustomerStage::Active: return QStringLiteral("active");
    case CustomerStage::Lost: return QStringLiteral("lost");
    }
    return QStringLiteral("lead");
}

std::optional<CustomerStage> fromText(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"lead" || t == u"潜在")
        return CustomerStage::Lead;
    if (t == u"customer" || t == u"成交")
        return CustomerStage::Customer;
    if (t == u"active" || t == u"维护")
        return CustomerStage::Active;
    if (t == u"lost" || t == u"流失")
        return CustomerStage::Lost;
    return std::nullopt;
}

QString displayName(CustomerStage stage)
{
    switch (stage) {
    case CustomerStage::Lead: return QCoreApplication::translate("CustomerStage", "Lead");
    case CustomerStage::Customer: return QCoreApplication::translate("CustomerStage", "Customer");
    case CustomerStage::Active: return QCoreApplication::translate("CustomerStage", "Active");
    case CustomerStage::Lost: return QCoreApplication::translate("CustomerStage", "Lost");
    }
    return QString();
}

} // namespace CustomerStages
