#pragma once

#include <QString>
#include <optional>

// Lifecycle stage of a customer: lead 潜在 / customer 成交 / active 维护 / lost 流失.
enum class CustomerStage { Lead, Customer, Active, Lost };

namespace CustomerStages {
// Stable identifier stored in the database and used on the command line ("lead", "customer", ...).
QString toKey(CustomerStage stage);
// Accepts the key, the English word or the Chinese name (潜在, 成交, 维护, 流失), case-insensitive.
std::optional<CustomerStage> fromText(const QString& text);
// Translated name for display.
QString displayName(CustomerStage stage);
inline constexpr CustomerStage all[] = {CustomerStage::Lead, CustomerStage::Customer, CustomerStage::Active,
                                        CustomerStage::Lost};
} // namespace CustomerStages
