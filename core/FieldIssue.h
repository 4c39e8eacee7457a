#pragma once

#include <QList>
#include <QString>

// One validation finding about one field. Findings inform the user; they never block saving free text.
struct FieldIssue {
    QString field;   // model field name, e.g. "email", "contacts[0].mobile"
    QString message; // translated, user-readable reason

    bool operator==(const FieldIssue&) const = default;
};
using FieldIssues = QList<FieldIssue>;
