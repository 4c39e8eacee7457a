#include "StringSimilarity.h"

#include <gtest/gtest.h>

#include <QString>

#include <algorithm>
#include <random>
#include <vector>

namespace {
// Jaro–Winkler as the textbook states it (Winkler 1990): characters match when equal and no farther apart
// than half the longer string less one, each character of b used once, first come first served.
double textbookJaroWinkler(const QString& a, const QString& b)
{
    if (a.isEmpty() || b.isEmpty())
        return a.isEmpty() && b.isEmpty() ? 1.0 : 0.0;
    const int window = std::max(0, int(std::max(a.size(), b.size())) / 2 - 1);
    std::vector<bool> usedA(size_t(a.size())), usedB(size_t(b.size()));
    int matches = 0;
    for (int i = 0; i < a.size(); ++i)
        for (int j = std::max(0, i - window); j < std::min(int(b.size()), i + window + 1); ++j)
            if (!usedB[size_t(j)] && a[i] == b[j]) {
                usedA[size_t(i)] = usedB[size_t(j)] = true;
                ++matches;
                break;
            }
    if (matches == 0)
        return 0.0;
    QString orderA, orderB;
    for (int i = 0; i < a.size(); ++i)
        if (usedA[size_t(i)])
            orderA += a[i];
    for (int j = 0; j < b.size(); ++j)
        if (usedB[size_t(j)])
            orderB += b[j];
    int halfTranspositions = 0;
    for (int k = 0; k < matches; ++k)
        halfTranspositions += orderA[k] != orderB[k] ? 1 : 0;
    const double m = matches;
    const double jaro = (m / double(a.size()) + m / double(b.size()) + (m - halfTranspositions / 2.0) / m) / 3.0;
    int prefix = 0;
    while (prefix < std::min({int(a.size()), int(b.size()), 4}) && a[prefix] == b[prefix])
        ++prefix;
    return jaro + prefix * 0.1 * (1.0 - jaro);
}
} // namespace

TEST(StringSimilarity, JaroWinklerGivesThePublishedValues)
{
    // Winkler's examples, as quoted wherever the measure is described.
    EXPECT_NEAR(StringSimilarity::jaroWinkler(u"MARTHA", u"MARHTA"), 0.9611, 1e-4);
    EXPECT_NEAR(StringSimilarity::jaroWinkler(u"DWAYNE", u"DUANE"), 0.84, 1e-4);
    EXPECT_NEAR(StringSimilarity::jaroWinkler(u"DIXON", u"DICKSONX"), 0.8133, 1e-4);
    EXPECT_EQ(StringSimilarity::jaroWinkler(u"张伟", u"张伟"), 1.0);
    EXPECT_EQ(StringSimilarity::jaroWinkler(u"abc", u"xyz"), 0.0);
    EXPECT_EQ(StringSimilarity::jaroWinkler(u"", u"abc"), 0.0);
}

TEST(StringSimilarity, JaroWinklerAgreesWithTheTextbookOnShortAndLongStrings)
{
    // Few distinct letters, so strings share many characters at every distance; lengths cross the 64
    // characters up to which the comparison uses bit masks.
    std::mt19937 random(7);
    const QString alphabet = QStringLiteral("ab张伟cd北京0");
    auto text = [&](int length) {
        QString s;
        for (int i = 0; i < length; ++i)
            s += alphabet[int(random() % alphabet.size())];
        return s;
    };
    for (int round = 0; round < 20000; ++round) {
        const int maxLength = round % 10 == 0 ? 90 : 20;
        const QString a = text(int(random() % maxLength) + 1), b = text(int(random() % maxLength) + 1);
        ASSERT_DOUBLE_EQ(StringSimilarity::jaroWinkler(a, b), textbookJaroWinkler(a, b)) << qPrintable(a) << " / " << qPrintable(b);
    }
}

TEST(StringSimilarity, DamerauLevenshteinCountsSwapsAsOneEditAndStopsAtTheLimit)
{
    EXPECT_EQ(StringSimilarity::damerauLevenshtein(u"13800138000", u"13800138000", 2), 0);
    EXPECT_EQ(StringSimilarity::damerauLevenshtein(u"13800138000", u"13800183000", 2), 1); // swapped neighbours
    EXPECT_EQ(StringSimilarity::damerauLevenshtein(u"kitten", u"sitting", 5), 3);
    EXPECT_EQ(StringSimilarity::damerauLevenshtein(u"kitten", u"sitting", 1), 2); // limit + 1
    EXPECT_EQ(StringSimilarity::damerauLevenshtein(u"19800101", u"1980010", 2), 1);
}
