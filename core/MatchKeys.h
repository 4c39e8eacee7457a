#pragma once

#include "Contact.h"
#include "Customer.h"
#include "MatchRecord.h"

#include <QSet>
#include <QString>
#include <QVector>

// Builds the comparison form of customers for duplicate matching, with ICU (SearchText: NFKC, case
// folding, Traditional→Simplified, pinyin with surname readings) and libphonenumber (E.164).
class MatchKeys {
public:
    // `places`: folded province and city names known to the archive ("北京", "北京市"); a company key drops
    // them, so 北京华为技术有限公司 and 华为技术(北京)有限公司 meet.
    explicit MatchKeys(QSet<QString> places = {}) : m_places(std::move(places)) {}

    // `phones` and `emails` as stored on the customer's contacts (E.164 or as typed).
    MatchRecord record(const Customer& customer, const QVector<QString>& phones, const QVector<QString>& emails) const;

    // The company key: folded, without legal forms (有限公司, 有限责任公司, 股份有限公司, 集团, Co., Ltd., Inc.…),
    // bracketed regions ((北京), （北京）), a leading place name, spaces and punctuation.
    QString companyKey(const QString& name) const;

    // Folded (SearchText::fold) with only letters and digits kept.
    static QString compact(const QString& text);
    static QString email(const QString& text);
    static QString phone(const QString& text); // E.164 digits; libphonenumber for what is not stored as E.164 yet
    static QString idNumber(const QString& text);
    // Adds `place` and its form without 省/市/区/县/自治区 to `places` (folded).
    static void addPlace(QSet<QString>& places, const QString& place);

private:
    QSet<QString> m_places;
};
