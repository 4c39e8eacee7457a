#pragma once

#include "CustomFieldDefinition.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>

// Definitions of admin-defined custom fields. Values live with the customer (Customer::customFields).
class CustomFieldRepository {
    Q_DECLARE_TR_FUNCTIONS(CustomFieldRepository)

public:
    explicit CustomFieldRepository(QSqlDatabase& db) : m_db(db) {}

    Result<QList<CustomFieldDefinition>> definitions(); // in definition order
    Result<CustomFieldDefinition> define(const CustomFieldDefinition& definition); // Duplicate if name taken

private:
    QSqlDatabase& m_db;
};
