#include "CustomerReferences.h"

#include "SqlValue.h"

#include <QSqlQuery>

Result<QList<CustomerReference>> CustomerReferences::all(QSqlDatabase& db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT m.name, f.\"from\", f.on_delete FROM sqlite_master m,"
                                   " pragma_foreign_key_list(m.name) f"
                                   " WHERE m.type = 'table' AND f.\"table\" = 'customers' ORDER BY m.name, f.id")))
        return Result<QList<CustomerReference>>::failure(SqlValue::describe(query));
    QList<CustomerReference> references;
    while (query.next())
        references.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return references;
}
