#pragma once

#include <QString>
#include <optional>

// Kind of follow-up logged against a customer.
enum class InteractionType { Call, Visit, Email, WeChat, Meeting, Other };

namespace InteractionTypes {
QString toKey(InteractionType type); // "call", "visit", "email", "wechat", "meeting", "other"
std::optional<InteractionType> fromText(const QString& text); // key or Chinese name (电话, 拜访, ...)
QString displayName(InteractionType type);
inline constexpr InteractionType all[] = {InteractionType::Call,   InteractionType::Visit,
                                          InteractionType::Email,  InteractionType::WeChat,
                                          InteractionType::Meeting, InteractionType::Other};
} // namespace InteractionTypes
