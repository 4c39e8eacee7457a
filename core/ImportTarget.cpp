#include "ImportTarget.h"

QString ImportTargets::toKey(ImportTarget target)
{
    switch (target) {
    case ImportTarget::Customers: return QStringLiteral("customers");
    case ImportTarget::Orders: return QStringLiteral("orders");
    case ImportTarget::Interactions: return QStringLiteral("interactions");
    }
    return {};
}

std::optional<ImportTarget> ImportTargets::fromKey(const QString& key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("customers"))
        return ImportTarget::Customers;
    if (k == QLatin1String("orders"))
        return ImportTarget::Orders;
    if (k == QLatin1String("interactions") || k == QLatin1String("follow-ups") || k == QLatin1String("followups"))
        return ImportTarget::Interactions;
    return std::nullopt;
}
