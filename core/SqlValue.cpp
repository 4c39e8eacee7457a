#include "SqlValue.h"

#include <QSqlError>
#include <QTimeZone>

QVariant SqlValue::fromDate(const QDate& date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QDate SqlValue::toDate(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant SqlValue::fromDateTime(const QDateTime& time)
{
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs))
                          : QVariant(QMetaType::fromType<QString>());
}

QDateTime SqlValue::toDateTime(const QVariant& value)
{
    if (value.isNull())
        return QDateTime();
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.toUTC();
}

QVariant SqlValue::fromText(const QString& text)
{
    return text.isNull() ? QString(QLatin1String("")) : text;
}

QVariant SqlValue::fromId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

bool SqlValue::exec(QSqlQuery& query, QString* error)
{
    if (query.exec())
        return true;
    if (error)
        *error = describe(query);
    return false;
}

QString SqlValue::describe(const QSqlQuery& query)
{
    return query.lastError().text();
}

Status SqlValue::run(QSqlDatabase& db, const QString& sql, const QVariantList& values)
{
    QSqlQuery query(db);
    query.prepare(sql);
    for (const QVariant& value : values)
        query.addBindValue(value);
    QString error;
    if (!exec(query, &error))
        return Status::failure(error);
    return {};
}
