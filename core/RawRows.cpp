#include "RawRows.h"

#include "SqlValue.h"

#include <QSqlQuery>
#include <QSqlRecord>

namespace {
QString quoted(const QString& identifier)
{
    return QLatin1Char('"') + QString(identifier).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

const QString blobKey = QStringLiteral("blob");
} // namespace

QJsonValue RawRows::toJson(const QVariant& value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::ULongLong:
    case QMetaType::UInt:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    case QMetaType::QByteArray:
        // A JSON string would come back as TEXT: keep BLOBs recognisable.
        return QJsonObject{{blobKey, QString::fromLatin1(value.toByteArray().toBase64())}};
    default:
        return QJsonValue(value.toString());
    }
}

QVariant RawRows::fromJson(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QVariant(QMetaType::fromType<QString>());
    case QJsonValue::Bool:
        return value.toBool() ? 1 : 0;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        const qint64 i = value.toInteger();
        return double(i) == d ? QVariant(i) : QVariant(d);
    }
    case QJsonValue::Object:
        return QByteArray::fromBase64(value.toObject().value(blobKey).toString().toLatin1());
    default:
        return value.toString();
    }
}

Result<QJsonArray> RawRows::select(QSqlDatabase& db, const QString& table, const QString& where,
                                   const QVariantList& values)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2").arg(quoted(table), where));
    for (const QVariant& v : values)
        query.addBindValue(v);
    QString error;
    if (!SqlValue::exec(query, &error))
        return Result<QJsonArray>::failure(error);
    QJsonArray rows;
    while (query.next()) {
        const QSqlRecord record = query.record();
        QJsonObject row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), toJson(query.value(i)));
        rows.append(row);
    }
    return rows;
}

Result<qint64> RawRows::insert(QSqlDatabase& db, const QString& table, const QJsonObject& row, bool replace)
{
    QStringList columns;
    QVariantList values;
    for (auto it = row.begin(); it != row.end(); ++it) {
        columns.append(quoted(it.key()));
        values.append(fromJson(it.value()));
    }
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT%1 INTO %2(%3) VALUES (%4)")
                      .arg(replace ? QStringLiteral(" OR REPLACE") : QString(), quoted(table),
                           columns.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
    for (const QVariant& v : values)
        query.addBindValue(v);
    QString error;
    if (!SqlValue::exec(query, &error))
        return Result<qint64>::failure(error);
    return query.lastInsertId().toLongLong();
}

Status RawRows::update(QSqlDatabase& db, const QString& table, const QJsonObject& row, const QString& keyColumn,
                       const QStringList& skip)
{
    QStringList assignments;
    QVariantList values;
    for (auto it = row.begin(); it != row.end(); ++it) {
        if (it.key() == keyColumn || skip.contains(it.key()))
            continue;
        assignments.append(quoted(it.key()) + QStringLiteral(" = ?"));
        values.append(fromJson(it.value()));
    }
    values.append(fromJson(row.value(keyColumn)));
    return SqlValue::run(db,
                         QStringLiteral("UPDATE %1 SET %2 WHERE %3 = ?")
                             .arg(quoted(table), assignments.join(QLatin1Char(',')), quoted(keyColumn)),
                         values);
}
