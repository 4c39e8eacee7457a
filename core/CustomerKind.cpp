#include "CustomerKind.h"

#include <QCoreApplication>

namespace CustomerKinds {

QString toKey(CustomerKind kind)
{
    return kind == CustomerKind::Individual ? QStringLiteral("individual") : QStringLiteral("company");
}

std::optional<CustomerKind> fromText(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"company" || t == u"公司" || t == u"企业")
        return CustomerKind::Company;
    if (t == u"individual" || t == u"person" || t == u"个人")
        return CustomerKind::Individual;
    return std::nullopt;
}

QString displayName(CustomerKind kind)
{
    return kind == CustomerKind::Individual ? QCoreApplication::translate("CustomerKind", "Individual")
                                            : QCoreApplication::translate("CustomerKind", "Company");
}

} // namespace CustomerKinds
