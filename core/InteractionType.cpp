#include "InteractionType.h"

#include <QCoreApplication>

namespace InteractionTypes {

QString toKey(InteractionType type)
{
    switch (type) {
    case InteractionType::Call: return QStringLiteral("call");
    case InteractionType::Visit: return QStringLiteral("visit");
    case InteractionType::Email: return QStringLiteral("email");
    case InteractionType::WeChat: return QStringLiteral("wechat");
    case InteractionType::Meeting: return QStringLiteral("meeting");
    case InteractionType::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

std::optional<InteractionType> fromText(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"call" || t == u"电话")
        return InteractionType::Call;
    if (t == u"visit" || t == u"拜访")
        return InteractionType::Visit;
    if (t == u"email" || t == u"邮件")
        return InteractionType::Email;
    if (t == u"wechat" || t == u"微信")
        return InteractionType::WeChat;
    if (t == u"meeting" || t == u"会议")
        return InteractionType::Meeting;
    if (t == u"other" || t == u"其他")
        return InteractionType::Other;
    return std::nullopt;
}

QString displayName(InteractionType type)
{
    switch (type) {
    case InteractionType::Call: return QCoreApplication::translate("InteractionType", "Call");
    case InteractionType::Visit: return QCoreApplication::translate("InteractionType", "Visit");
    case InteractionType::Email: return QCoreApplication::translate("InteractionType", "Email");
    case InteractionType::WeChat: return QCoreApplication::translate("InteractionType", "WeChat");
    case InteractionType::Meeting: return QCoreApplication::translate("InteractionType", "Meeting");
    case InteractionType::Other: return QCoreApplication::translate("InteractionType", "Other");
    }
    return QString();
}

} // namespace InteractionTypes
