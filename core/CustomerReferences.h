#pragma once

#include "Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

// Every column in the archive that refers to customers(id) by a foreign key, read from the schema itself
// (sqlite_master + pragma_foreign_key_list), so a merge sees tables added by later schema steps too.
struct CustomerReference {
    QString table;
    QString column;
    QString onDelete; // "CASCADE", "SET NULL", "NO ACTION", ...
};

class CustomerReferences {
public:
    static Result<QList<CustomerReference>> all(QSqlDatabase& db);
};
