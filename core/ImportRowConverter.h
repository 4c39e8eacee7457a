#pragma once

#include "Contact.h"
#include "CustomFieldDefinition.h"
#include "Customer.h"
#include "ImportReport.h"
#include "ImportTarget.h"
#include "Interaction.h"
#include "Order.h"
#include "TabularSource.h"
#include "ValueCleaner.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <optional>
#include <variant>

// A customer read from one row: only the fields the row gives are meant to change an existing customer.
struct ImportedCustomer {
    Customer customer;
    std::optional<Contact> contact; // the primary contact, when the row has contact data
    QSet<QString> given;            // field keys with a value in this row ("custom:<name>" for custom fields)
};
struct ImportedOrder {
    Order order;
    QString customerCode;
};
struct ImportedInteraction {
    Interaction interaction;
    QString customerCode;
};

// One source row after cleaning and checking, ready to be stored.
struct ConvertedRow {
    qint64 number = 0;
    bool accepted = false; // false: rejected, `problems` say why
    QList<ImportProblem> problems;
    std::variant<ImportedCustomer, ImportedOrder, ImportedInteraction> record;
};

// Turns a source row into a record, cleaning every value on the way (ValueCleaner) and reporting what it
// could not use. A row is rejected when a required value is missing or unreadable; an optional value that
// is unreadable is left out of the record and flagged as a warning, never silently dropped.
class ImportRowConverter {
    Q_DECLARE_TR_FUNCTIONS(ImportRowConverter)

public:
    ImportRowConverter(ImportTarget target, const QStringList& headers, const QMap<QString, QList<int>>& columns,
                       const QList<CustomFieldDefinition>& customFields, ValueCleaner::DateOrder dateOrder);

    // The row as a record of the converter's target, with its findings.
    ConvertedRow convert(const SourceRow& row) const;

    // False when the row is rejected; `problems` gets the row's findings either way.
    bool toCustomer(const SourceRow& row, ImportedCustomer* out, QList<ImportProblem>* problems) const;
    bool toOrder(const SourceRow& row, ImportedOrder* out, QList<ImportProblem>* problems) const;
    bool toInteraction(const SourceRow& row, ImportedInteraction* out, QList<ImportProblem>* problems) const;

private:
    QString value(const SourceRow& row, const QString& field) const; // cleaned, several columns joined by a space
    QString rawValue(const SourceRow& row, const QString& field) const;
    QString columnName(const QString& field) const;
    ImportProblem problem(const SourceRow& row, const QString& field, const QString& reason,
                          ImportProblem::Severity severity) const;
    std::optional<QDate> optionalDate(const SourceRow& row, const QString& field, QList<ImportProblem>* problems) const;

    ImportTarget m_target;
    QStringList m_headers;
    QMap<QString, QList<int>> m_columns;
    QList<CustomFieldDefinition> m_customFields;
    ValueCleaner::DateOrder m_dateOrder;
};
