#include "DueItem.h"

#include <QCoreApplication>

namespace DueKinds {

QString toKey(DueKind kind)
{
    switch (kind) {
    case DueKind::Task: return QStringLiteral("task");
    case DueKind::FollowUp: return QStringLiteral("follow_up");
    case DueKind::Birthday: return QStringLiteral("birthday");
    case DueKind::Renewal: return QStringLiteral("renewal");
    }
    return QStringLiteral("task");
}

QString displayName(DueKind kind)
{
    switch (kind) {
    case DueKind::Task: return QCoreApplication::translate("DueKind", "Task");
    case DueKind::FollowUp: return QCoreApplication::translate("DueKind", "Follow-up");
    case DueKind::Birthday: return QCoreApplication::translate("DueKind", "Birthday");
    case DueKind::Renewal: return QCoreApplication::translate("DueKind", "Renewal");
    }
    return {};
}

} // namespace DueKinds
