#pragma once

#include <QString>
#include <optional>

enum class CustomerKind { Company, Individual };

namespace CustomerKinds {
QString toKey(CustomerKind kind); // "company" / "individual"
// Accepts the key or the Chinese name (公司/企业, 个人).
std::optional<CustomerKind> fromText(const QString& text);
QString displayName(CustomerKind kind);
inline constexpr CustomerKind all[] = {CustomerKind::Company, CustomerKind::Individual};
} // namespace CustomerKinds
