#pragma once

#include "ImportTarget.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

// A field a column can be mapped to, per target. `key` is the model's name used in mapping files and the
// CLI (code, name, mobile, order_no, ...); `header()` is the translated column title written by exports;
// `synonyms` are header texts that auto-mapping recognises (Chinese and English, compared after folding
// case, spaces and punctuation).
struct ImportField {
    enum class ValueType { Text, Code, Phone, Email, Date, DateTime, Amount, Stage, CustomerKind, InteractionType, Tags };

    QString key;
    ValueType type = ValueType::Text;
    const char* headerSource = ""; // English source text of header(), translated in context "ImportField"
    QStringList synonyms;

    QString header() const { return QCoreApplication::translate("ImportField", headerSource); }
};

class ImportFields {
public:
    // In export column order.
    static const QList<ImportField>& forTarget(ImportTarget target);
    static const ImportField* find(ImportTarget target, const QString& key);
    // Folds a header text for comparison: lower case, full-width to half-width, no spaces/punctuation.
    static QString fold(const QString& header);
};
