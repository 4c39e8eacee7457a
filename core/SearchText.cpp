#include "SearchText.h"

#include <QHash>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <array>
#include <mutex>

namespace {
// ICU transliterators are not thread-safe; the GUI thread and workers both index, so all use is locked.
class Transliterations {
public:
    static Transliterations& instance()
    {
        static Transliterations self;
        return self;
    }

    // Valid until this thread's next look-up: callers append the text right away.
    const QString& simplified(char32_t c) { return ofThisThread(Simplified, c); }
    const QString& reading(char32_t c) { return ofThisThread(Reading, c); }
    const QString& surnameReading(char32_t c) { return ofThisThread(SurnameReading, c); }

private:
    Transliterations()
        : m_toSimplified(create("Traditional-Simplified"))
        , m_hanLatin(create("Han-Latin; Latin-ASCII; Lower"))
        , m_hanLatinNames(create("Han-Latin/Names; Latin-ASCII; Lower"))
    {
    }

    static std::unique_ptr<icu::Transliterator> create(const char* id)
    {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(
            icu::Transliterator::createInstance(icu::UnicodeString(id), UTRANS_FORWARD, status));
        return U_FAILURE(status) ? nullptr : std::move(t);
    }

    enum Kind { Simplified, Reading, SurnameReading, KindCount };

    // Each thread keeps what it has looked up (a few thousand characters at most): the shared table behind
    // one lock was the busiest lock of a duplicate scan building keys on every core.
    const QString& ofThisThread(Kind kind, char32_t c)
    {
        thread_local std::array<QHash<char32_t, QString>, KindCount> mine;
        QHash<char32_t, QString>& cache = mine[kind];
        if (auto it = cache.constFind(c); it != cache.constEnd())
            return *it;
        QString result = kind == Simplified ? cached(m_simplified, m_toSimplified.get(), c)
                       : kind == Reading    ? cached(m_readings, m_hanLatin.get(), c)
                                            : cached(m_surnames, m_hanLatinNames.get(), c);
        return *cache.insert(c, result);
    }

    QString cached(QHash<char32_t, QString>& cache, icu::Transliterator* transliterator, char32_t c)
    {
        std::lock_guard lock(m_mutex);
        if (auto it = cache.constFind(c); it != cache.constEnd())
            return *it;
        icu::UnicodeString text{UChar32(c)};
        if (transliterator)
            transliterator->transliterate(text);
        QString result = QString(reinterpret_cast<const QChar*>(text.getBuffer()), text.length()).trimmed();
        cache.insert(c, result);
        return result;
    }

    std::mutex m_mutex;
    std::unique_ptr<icu::Transliterator> m_toSimplified;
    std::unique_ptr<icu::Transliterator> m_hanLatin;
    std::unique_ptr<icu::Transliterator> m_hanLatinNames;
    QHash<char32_t, QString> m_simplified;
    QHash<char32_t, QString> m_readings;
    QHash<char32_t, QString> m_surnames;
};

bool isHan(char32_t c)
{
    // The common block (assigned up to U+9FFC since Unicode 13) without a look-up: most characters of a name.
    return (c >= 0x4E00 && c <= 0x9FFC) || QChar::script(c) == QChar::Script_Han;
}

// Names and words repeat all over a large archive (surnames, given names, city and company words, tags):
// each thread remembers the folded form and the pinyin of the short texts it has seen recently (fold() and
// pinyin() pass longer ones by). Bounded: forgotten all
// at once when full. Small on purpose: most names of a large archive are unique (companies above all), so a big
// cache mostly costs memory and cache misses. Rebuilding the index of 1,000,000 customers with a bound of
// 200,000 / 50,000 / 10,000 / 2,000 / none: 132 / 116 / 108 / 104 / 111 s, peak 498 / 208 / 130 / 116 / 113 MB.
template <typename Value> class TextCache {
public:
    const Value* find(const QString& key) const
    {
        const auto it = m_values.constFind(key);
        return it == m_values.constEnd() ? nullptr : &*it;
    }
    const Value& insert(const QString& key, Value value)
    {
        if (m_values.size() >= 2000)
            m_values.clear();
        return *m_values.insert(key, std::move(value));
    }

private:
    QHash<QString, Value> m_values;
};

// Without a QString per character (fromUcs4): folding and pinyin run over every name of a rebuild.
void appendCharacter(QString& text, char32_t c)
{
    if (QChar::requiresSurrogates(c))
        text += QChar(QChar::highSurrogate(c)), text += QChar(QChar::lowSurrogate(c));
    else
        text += QChar(char16_t(c));
}

// Characters NFKC and case folding leave as they are, apart from ASCII capitals: the common Han block
// (no decompositions, no case) and ASCII. Texts of only these skip ICU normalisation.
bool foldsTrivially(const QString& text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return u < 0x80 || (u >= 0x4E00 && u <= 0x9FFF);
    });
}

QString foldUncached(const QString& text)
{
    if (foldsTrivially(text)) {
        QString result;
        result.reserve(text.size());
        Transliterations& t = Transliterations::instance();
        for (QChar c : text) {
            const char16_t u = c.unicode();
            if (u >= 0x4E00)
                result += t.simplified(u);
            else
                result += QChar(u >= 'A' && u <= 'Z' ? char16_t(u + 32) : u);
        }
        return result;
    }
    const QString normalized = text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString result;
    result.reserve(normalized.size());
    Transliterations& t = Transliterations::instance();
    for (char32_t c : normalized.toUcs4()) {
        if (isHan(c))
            result += t.simplified(c);
        else
            appendCharacter(result, c);
    }
    return result;
}
} // namespace

QString SearchText::fold(const QString& text)
{
    // Plain ASCII (codes, emails, phone digits, pinyin) needs only lower case: skip ICU and Unicode tables.
    const bool ascii = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii)
        return text.toLower();
    if (text.size() > 4) // mostly unique (company names, addresses): remembering them only costs
        return foldUncached(text);
    thread_local TextCache<QString> cache;
    if (const QString* known = cache.find(text))
        return *known;
    return cache.insert(text, foldUncached(text));
}

SearchText::Pinyin SearchText::pinyin(const QString& text, bool personName)
{
    if (text.size() > 4) // as in fold()
        return pinyinUncached(text, personName);
    thread_local TextCache<Pinyin> people, others;
    TextCache<Pinyin>& cache = personName ? people : others;
    if (const Pinyin* known = cache.find(text))
        return *known;
    return cache.insert(text, pinyinUncached(text, personName));
}

SearchText::Pinyin SearchText::pinyinUncached(const QString& text, bool personName)
{
    Pinyin result;
    result.full.reserve(6 * text.size());
    result.initials.reserve(text.size());
    result.syllables.reserve(text.size());
    Transliterations& t = Transliterations::instance();
    QString latinRun;
    auto flushLatin = [&] {
        if (latinRun.isEmpty())
            return;
        result.full += latinRun;
        result.initials += latinRun.front();
        result.syllables.append(latinRun);
        latinRun.clear();
    };
    bool first = true;
    QString ordinaryFirst;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            c = QChar::surrogateToUcs4(text[i], text[i + 1]), ++i;
        if (isHan(c)) {
            flushLatin();
            QString syllable = t.reading(c);
            if (first && personName) {
                ordinaryFirst = syllable;
                syllable = t.surnameReading(c);
            }
            first = false;
            if (syllable.isEmpty())
                continue;
            result.full += syllable;
            result.initials += syllable.front();
            result.syllables.append(syllable);
        } else if (QChar::isLetterOrNumber(c)) {
            first = false;
            appendCharacter(latinRun, c);
        } else {
            flushLatin();
        }
    }
    flushLatin();
    if (!ordinaryFirst.isEmpty() && !result.syllables.isEmpty() && ordinaryFirst != result.syllables.front())
        result.alternate = ordinaryFirst + result.full.mid(result.syllables.front().size());
    return result;
}

QString SearchText::phoneDigits(QStringView storedPhone)
{
    QString digits(storedPhone.size(), Qt::Uninitialized);
    qsizetype count = 0;
    for (QChar c : storedPhone) {
        if (c == QLatin1Char(';'))
            break; // ";ext=12"
        if (c.unicode() >= '0' && c.unicode() <= '9')
            digits[count++] = c;
        else if (c.unicode() >= 0x80 && c.isDigit()) // full-width and other digits
            digits[count++] = QChar(u'0' + c.digitValue());
    }
    digits.truncate(count);
    return digits;
}

namespace {
// A string built from pieces of a displayed text, remembering which text position each character came from.
struct Traced {
    QString text;
    QList<int> origin;

    void add(const QString& piece, int position)
    {
        text += piece;
        for (qsizetype i = 0; i < piece.size(); ++i)
            origin.append(position);
    }
    std::pair<int, int> spanOf(qsizetype start, qsizetype length, const QString& source) const
    {
        const int first = origin[start];
        int last = origin[start + length - 1];
        if (last < source.size() && source[last].isHighSurrogate())
            ++last;
        return {first, last - first + 1};
    }
};

bool isSeparator(QChar c)
{
    return !c.isLetterOrNumber();
}
} // namespace

std::pair<int, int> SearchText::matchSpan(const QString& text, const QString& query)
{
    QString wanted;
    for (QChar c : fold(query))
        if (!isSeparator(c))
            wanted += c;
    if (wanted.isEmpty() || text.isEmpty())
        return {-1, 0};

    Traced folded, initials, full;
    QList<bool> syllableStart;
    for (int i = 0; i < text.size(); ++i) {
        const int position = i;
        QString unit = text[i];
        if (text[i].isHighSurrogate() && i + 1 < text.size())
            unit += text[++i];
        const QString f = fold(unit);
        if (f.isEmpty() || isSeparator(f.front()))
            continue;
        folded.add(f, position);
        const Pinyin p = pinyin(f, position == 0);
        const QString reading = p.full.isEmpty() ? f : p.full;
        initials.add(reading.left(1), position);
        for (qsizetype k = 0; k < reading.size(); ++k)
            syllableStart.append(k == 0);
        full.add(reading, position);
    }
    if (const qsizetype at = folded.text.indexOf(wanted); at >= 0)
        return folded.spanOf(at, wanted.size(), text);
    if (const qsizetype at = initials.text.indexOf(wanted); at >= 0)
        return initials.spanOf(at, wanted.size(), text);
    for (qsizetype at = full.text.indexOf(wanted); at >= 0; at = full.text.indexOf(wanted, at + 1))
        if (syllableStart[at])
            return full.spanOf(at, wanted.size(), text);
    return {-1, 0};
}
