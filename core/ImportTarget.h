#pragma once

#include <QString>
#include <optional>

// What the rows of an imported or exported table are.
enum class ImportTarget { Customers, Orders, Interactions };

namespace ImportTargets {
QString toKey(ImportTarget target); // "customers", "orders", "interactions"
std::optional<ImportTarget> fromKey(const QString& key); // also accepts "follow-ups"/"followups"
} // namespace ImportTargets
