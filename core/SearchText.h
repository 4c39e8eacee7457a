#pragma once

#include <QString>
#include <QStringList>

#include <utility>

// The text forms the search index stores and queries with, worked out by ICU: one folded form (NFKC,
// case-folded, Traditional→Simplified, so 張偉 and 张伟 meet) and the pinyin of a name in full and by
// initials. ICU transliterators cost ~250 µs per name; results are cached per character, which is what
// makes indexing a million customers affordable (Han-Latin maps characters one by one anyway). The folded
// form and pinyin of short texts (up to 4 characters: names) are remembered too, per thread, since names
// repeat across an archive; longer texts are mostly unique and are worked out each time.
class SearchText {
public:
    static QString fold(const QString& text);

    struct Pinyin {
        QString full;          // "zhangwei"
        QString initials;      // "zw"
        QStringList syllables; // "zhang", "wei" (Latin runs of the name kept as one piece)
        QString alternate;     // full pinyin with the ordinary reading of the first character, when a
                               // surname reading differed ("dantianfang" for 单田芳); else empty
    };
    // `text` should be folded. For a person's name the first character is read as a family name
    // (ICU Han-Latin/Names: 单 shan, 曾 zeng, 解 xie, 仇 qiu, 区 ou); other characters by Han-Latin.
    static Pinyin pinyin(const QString& text, bool personName);

    // Where a search text shows in a displayed value, for highlighting: {start, length} in UTF-16 units of
    // `text`, or {-1, 0}. Matches as the index does: folded (張偉 = 张伟, case, full-width), ignoring
    // separators (138 0013 8000), by pinyin initials or by full pinyin from a syllable start.
    static std::pair<int, int> matchSpan(const QString& text, const QString& query);

    // Digits of a phone number as the index stores it: E.164 without '+' ("8613800138000").
    static QString phoneDigits(QStringView storedPhone);

private:
    static Pinyin pinyinUncached(const QString& text, bool personName);
};
