#include "PairComparator.h"

#include "StringSimilarity.h"

#include <algorithm>

using StringSimilarity::damerauLevenshtein;
using StringSimilarity::jaroWinkler;

namespace {
constexpr int levelCounts[PairComparator::FieldCount] = {
    5, // Family: exact, same pinyin, JW ≥ .92, JW ≥ .80, different
    5, // Given: as Family
    5, // Name: exact, same pinyin or same syllables in another order, JW ≥ .92, JW ≥ .80, different
    3, // Company: exact key, JW ≥ .92, different
    4, // Birthday: exact, one edit or day/month swapped, two edits, different
    4, // IdNumber: exact, one edit, two edits, different
    3, // Phone: a number in common, one edit apart, different
    3, // Email: an address in common, same mailbox name or JW ≥ .92, different
    3, // Postcode: exact, one edit, different
    3, // City: exact, JW ≥ .90, different
    2, // Province: exact, different
    4, // Address: exact, JW ≥ .90, JW ≥ .75, different
};
constexpr const char* names[PairComparator::FieldCount] = {"family_name", "given_name", "name",     "company",
                                                           "birthday",    "id_number",  "phone",    "email",
                                                           "postcode",    "city",       "province", "address"};

// Written in Han (names are one script or the other; the first character decides, cheaply).
bool hasHan(const QString& text)
{
    return !text.isEmpty() && text.front().unicode() >= 0x2E80;
}

using Text = MatchRecord::Text;

// The reading (pinyin) of a name text.
Text readingOf(Text name)
{
    return name == MatchRecord::FamilyText ? MatchRecord::FamilyPinyinText
         : name == MatchRecord::GivenText  ? MatchRecord::GivenPinyinText
                                           : MatchRecord::NamePinyinText;
}

// Same text or same reading: the only levels a crosswise (swapped) comparison may use.
bool sameOrSameReading(const MatchRecord& a, Text ta, const MatchRecord& b, Text tb)
{
    return a.same(ta, b, tb) || (!a.text(readingOf(ta)).isEmpty() && a.same(readingOf(ta), b, readingOf(tb)));
}

// A name part: exact, same reading, or close by Jaro–Winkler — on the characters when both are written in
// Han (a character is a syllable: 卓越食品 and 卓越货运 share half, though their pinyin starts alike), on the
// readings otherwise (张伟 against "Zhang Wei", Latin typos).
int namePartLevel(const MatchRecord& a, Text ta, const MatchRecord& b, Text tb)
{
    if (a.same(ta, b, tb))
        return 0;
    const QString &pa = a.text(readingOf(ta)), &pb = b.text(readingOf(tb));
    if (!pa.isEmpty() && a.same(readingOf(ta), b, readingOf(tb)))
        return 1;
    const QString &x = a.text(ta), &y = b.text(tb);
    const bool han = hasHan(x) && hasHan(y);
    const double jw = han ? jaroWinkler(x, y) : jaroWinkler(pa.isEmpty() ? x : pa, pb.isEmpty() ? y : pb);
    return jw >= 0.92 ? 2 : jw >= 0.80 ? 3 : 4;
}

int editLevels(const QString& a, const QString& b, int levels)
{
    // exact, one edit, (two edits,) different
    const int distance = damerauLevenshtein(a, b, levels - 2);
    return std::min(distance, levels - 1);
}

int birthdayLevel(const QString& a, const QString& b)
{
    if (a == b)
        return 0;
    // Day and month swapped (US/European order on the paper form).
    const QStringView x(a), y(b);
    if (x.left(4) == y.left(4) && x.mid(4, 2) == y.mid(6, 2) && x.mid(6, 2) == y.mid(4, 2))
        return 1;
    return editLevels(a, b, 4);
}

// A value in common (0), a near one (1) or neither (2).
template <typename Near> int setLevel(const QVector<QString>& a, const QVector<QString>& b, Near near)
{
    for (const QString& x : a)
        for (const QString& y : b)
            if (x == y)
                return 0;
    for (const QString& x : a)
        for (const QString& y : b)
            if (near(x, y))
                return 1;
    return 2;
}

bool bothKnown(const QString& a, const QString& b) { return !a.isEmpty() && !b.isEmpty(); }

// Damerau–Levenshtein distance ≤ 1 in one pass (phone numbers are compared several times per pair).
bool withinOneEdit(QStringView x, QStringView y)
{
    if (x.size() == y.size()) {
        qsizetype first = -1, count = 0;
        for (qsizetype i = 0; i < x.size(); ++i) {
            if (x[i] != y[i]) {
                if (count++ == 0)
                    first = i;
            }
        }
        return count <= 1
            || (count == 2 && first + 1 < x.size() && x[first] == y[first + 1] && x[first + 1] == y[first]);
    }
    if (std::abs(x.size() - y.size()) != 1)
        return false;
    const QStringView longer = x.size() > y.size() ? x : y, shorter = x.size() > y.size() ? y : x;
    qsizetype i = 0;
    while (i < shorter.size() && shorter[i] == longer[i])
        ++i;
    return shorter.mid(i) == longer.mid(i + 1);
}
} // namespace

int PairComparator::levelCount(int field) { return levelCounts[field]; }
const char* PairComparator::fieldName(int field) { return names[field]; }

PairComparator::Pattern PairComparator::compare(const MatchRecord& a, const MatchRecord& b)
{
    int level[FieldCount];
    std::fill(std::begin(level), std::end(level), Missing);

    const bool splitA = !a.family.isEmpty() || !a.given.isEmpty();
    const bool splitB = !b.family.isEmpty() || !b.given.isEmpty();
    using R = MatchRecord;
    if (splitA && splitB) {
        int family = bothKnown(a.family, b.family) ? namePartLevel(a, R::FamilyText, b, R::FamilyText) : Missing;
        int given = bothKnown(a.given, b.given) ? namePartLevel(a, R::GivenText, b, R::GivenText) : Missing;
        // Family and given name swapped (a form filled in the wrong order): both crosswise the same or read the same.
        if ((family != 0 || given != 0) && bothKnown(a.family, b.given) && bothKnown(a.given, b.family)
            && sameOrSameReading(a, R::FamilyText, b, R::GivenText) && sameOrSameReading(a, R::GivenText, b, R::FamilyText)) {
            const int crossFamily = namePartLevel(a, R::FamilyText, b, R::GivenText);
            const int crossGiven = namePartLevel(a, R::GivenText, b, R::FamilyText);
            if (crossFamily + crossGiven < (family == Missing ? 4 : family) + (given == Missing ? 4 : given)) {
                family = crossFamily;
                given = crossGiven;
            }
        }
        level[Family] = family;
        level[Given] = given;
    }
    // The whole name when a side has no name parts (a company, a name typed in one box); not when the parts
    // merely fail to meet (only a family name on one side, only a given name on the other).
    if ((!splitA || !splitB) && bothKnown(a.name, b.name)) {
        int name = namePartLevel(a, R::NameText, b, R::NameText);
        if (name > 1 && !a.nameSyllables.isEmpty() && a.same(R::NameSyllablesText, b, R::NameSyllablesText))
            name = 1;
        level[Name] = name;
    }
    if (bothKnown(a.company, b.company))
        level[Company] = a.same(R::CompanyText, b, R::CompanyText) ? 0 : jaroWinkler(a.company, b.company) >= 0.92 ? 1 : 2;
    if (bothKnown(a.birthday, b.birthday))
        level[Birthday] = a.same(R::BirthdayText, b, R::BirthdayText) ? 0 : birthdayLevel(a.birthday, b.birthday);
    if (bothKnown(a.idNumber, b.idNumber))
        level[IdNumber] = a.same(R::IdNumberText, b, R::IdNumberText) ? 0 : editLevels(a.idNumber, b.idNumber, 4);
    if (!a.phones.isEmpty() && !b.phones.isEmpty())
        level[Phone] = setLevel(a.phones, b.phones, [](const QString& x, const QString& y) { return withinOneEdit(x, y); });
    if (!a.emails.isEmpty() && !b.emails.isEmpty())
        level[Email] = setLevel(a.emails, b.emails, [](const QString& x, const QString& y) {
            const qsizetype ax = x.indexOf(QLatin1Char('@')), ay = y.indexOf(QLatin1Char('@'));
            return (ax > 0 && QStringView(x).left(ax) == QStringView(y).left(ay)) || jaroWinkler(x, y) >= 0.92;
        });
    if (bothKnown(a.postcode, b.postcode))
        level[Postcode] = a.same(R::PostcodeText, b, R::PostcodeText) ? 0 : editLevels(a.postcode, b.postcode, 3);
    if (bothKnown(a.city, b.city))
        level[City] = a.same(R::CityText, b, R::CityText) ? 0 : jaroWinkler(a.city, b.city) >= 0.90 ? 1 : 2;
    // The province only counts without a city: a city already says which province, and counting both would
    // count one agreement twice.
    if (level[City] == Missing && bothKnown(a.province, b.province))
        level[Province] = a.same(R::ProvinceText, b, R::ProvinceText) ? 0 : 1;
    if (bothKnown(a.address, b.address)) {
        const double jw = jaroWinkler(a.address, b.address); // 1 when equal
        level[Address] = jw == 1.0 ? 0 : jw >= 0.90 ? 1 : jw >= 0.75 ? 2 : 3;
    }
    Pattern pattern = 0;
    for (int f = 0; f < FieldCount; ++f)
        pattern |= Pattern(level[f]) << (4 * f);
    return pattern;
}
