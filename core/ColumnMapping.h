#pragma once

#include "ImportTarget.h"
#include "Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

// Which source columns feed which field. A field may take several columns, joined with a space (e.g. an
// address from street number, street and suburb). Custom fields are mapped by their name with the
// prefix "custom:". JSON form (mapping files, saved profiles):
//   {"target": "customers", "columns": {"code": "rec_id", "address": ["street_number", "address_1"]}}
class ColumnMapping {
    Q_DECLARE_TR_FUNCTIONS(ColumnMapping)

public:
    ImportTarget target = ImportTarget::Customers;
    QMap<QString, QStringList> columns; // field key -> source column headers

    bool isEmpty() const { return columns.isEmpty(); }

    // Maps headers by name: field keys, translated headers and Chinese/English synonyms; custom fields by
    // their name. Each header is used at most once; the first header wins a field.
    static ColumnMapping automatic(ImportTarget target, const QStringList& headers,
                                   const QStringList& customFieldNames = {});
    // How many headers an automatic mapping would use: picks the header row of a sheet.
    static int matchCount(ImportTarget target, const QStringList& cells, const QStringList& customFieldNames = {});

    static Result<ColumnMapping> fromJson(const QByteArray& json);
    static Result<ColumnMapping> fromFile(const QString& path);
    QJsonObject toJson() const;

    // Checks the mapping against a header row: every source column must exist (headers compare after
    // trimming, case-insensitively) and every field key must be known. Returns column indexes per field.
    Result<QMap<QString, QList<int>>> resolve(const QStringList& headers, const QStringList& customFieldNames = {}) const;
};
