#pragma once

#include <QString>
#include <QVector>

#include <array>

// One customer in comparison form (built by MatchKeys): every text folded (Traditional→Simplified,
// full-width→ASCII, case-folded) and stripped of spaces and punctuation; names also in pinyin.
// Empty = unknown (missing values count for nothing either way).
struct MatchRecord {
    qint64 id = 0;
    QString family;        // individuals: family name, folded ("张", "neumann")
    QString given;         // individuals: given name, folded
    QString familyPinyin;  // pinyin of the family name (surname reading); the folded text for Latin names
    QString givenPinyin;
    QString name;          // individuals: the folded full name; companies: the company key of the name
    QString namePinyin;    // pinyin of `name`, letters only ("zhangwei")
    QString nameSyllables; // the name's syllables or words sorted and joined: "weizhang" for 张伟 and "Wei Zhang"
    QString company;       // company key of an individual's employer
    QString province;
    QString city;
    QString postcode;
    QString address;       // folded, letters and digits only
    QString idNumber;      // upper-case letters and digits
    QString birthday;      // yyyymmdd
    QVector<QString> phones; // E.164 digits without '+'
    QVector<QString> emails; // canonical: lower case, "+tag" dropped
    // How common this record's value is among the records (share of those with the field known), filled by
    // the scan: agreeing on 张伟 or London says less than agreeing on a rare name (term-frequency adjustment).
    // Indexed by TermField; 0 = unknown.
    enum TermField { FamilyTerm, GivenTerm, NameTerm, CityTerm, PostcodeTerm, TermFieldCount };
    float termFrequency[TermFieldCount] = {0, 0, 0, 0, 0};

    // The texts above, numbered within one scan (MatchTextNumbers): equal numbers mean equal texts, so a
    // million-pair comparison compares numbers. Family and given names share their numbering (and so do
    // their readings), since they are also compared crosswise. 0 = not numbered (a record built for the entry
    // check, or a field MatchTextNumbers leaves out): the texts themselves are compared.
    enum Text {
        FamilyText, GivenText, FamilyPinyinText, GivenPinyinText, NameText, NamePinyinText, NameSyllablesText,
        CompanyText, ProvinceText, CityText, PostcodeText, AddressText, IdNumberText, BirthdayText, TextCount
    };
    std::array<quint32, TextCount> textIds{};
    static constexpr QString MatchRecord::*texts[TextCount] = {
        &MatchRecord::family,        &MatchRecord::given,    &MatchRecord::familyPinyin, &MatchRecord::givenPinyin,
        &MatchRecord::name,          &MatchRecord::namePinyin, &MatchRecord::nameSyllables, &MatchRecord::company,
        &MatchRecord::province,      &MatchRecord::city,     &MatchRecord::postcode,     &MatchRecord::address,
        &MatchRecord::idNumber,      &MatchRecord::birthday};
    const QString& text(Text t) const { return this->*texts[t]; }
    // `t` of this record and `u` of `other` are the same text (t and u numbered alike, see above).
    bool same(Text t, const MatchRecord& other, Text u) const
    {
        const quint32 mine = textIds[t], theirs = other.textIds[u];
        return mine && theirs ? mine == theirs : text(t) == other.text(u);
    }
};
