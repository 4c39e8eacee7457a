#include "MatchKeys.h"

#include "PhoneNumber.h"
#include "SearchText.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace {
bool isAscii(const QString& text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x80; });
}

QString lettersAndDigits(const QString& text)
{
    QString result;
    result.reserve(text.size());
    for (QChar c : text)
        if (c.isLetterOrNumber())
            result += c;
    return result;
}

// Pinyin of a folded name, letters only; Latin names are their own "pinyin".
SearchText::Pinyin readingOf(const QString& folded, bool personName)
{
    if (isAscii(folded)) {
        SearchText::Pinyin p;
        for (const QString& word : folded.split(QRegularExpression(QStringLiteral("[^a-z0-9]+")), Qt::SkipEmptyParts)) {
            p.full += word;
            p.syllables.append(word);
        }
        return p;
    }
    return SearchText::pinyin(folded, personName);
}

QString sortedJoined(QStringList pieces)
{
    std::sort(pieces.begin(), pieces.end());
    return pieces.join(QString());
}

// Legal forms, longest first so that 股份有限公司 goes before 有限公司. They are not in ICU or any library:
// this list is the domain knowledge the issue names.
const QStringList& chineseLegalForms()
{
    static const QStringList forms = {QStringLiteral("股份有限公司"), QStringLiteral("有限责任公司"),
                                      QStringLiteral("有限公司"),     QStringLiteral("分公司"),
                                      QStringLiteral("集团"),         QStringLiteral("公司"),
                                      QStringLiteral("股份")};
    return forms;
}

const QRegularExpression& latinLegalForms()
{
    static const QRegularExpression re(
        QStringLiteral("\\b(co|corp|corporation|company|ltd|limited|inc|incorporated|llc|plc|gmbh|group|holdings?)\\b"));
    return re;
}

const QStringList& placeSuffixes()
{
    static const QStringList suffixes = {QStringLiteral("特别行政区"), QStringLiteral("自治区"), QStringLiteral("省"),
                                         QStringLiteral("市"), QStringLiteral("区"), QStringLiteral("县")};
    return suffixes;
}
} // namespace

QString MatchKeys::compact(const QString& text)
{
    return lettersAndDigits(SearchText::fold(text));
}

QString MatchKeys::email(const QString& text)
{
    QString e = SearchText::fold(text.trimmed());
    const qsizetype at = e.lastIndexOf(QLatin1Char('@'));
    if (at <= 0)
        return {};
    QString local = e.left(at);
    if (const qsizetype plus = local.indexOf(QLatin1Char('+')); plus > 0)
        local.truncate(plus);
    return local + e.mid(at);
}

QString MatchKeys::phone(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    if (trimmed.startsWith(QLatin1Char('+')))
        return SearchText::phoneDigits(trimmed); // stored E.164
    const PhoneNumber parsed = PhoneNumber::parse(trimmed);
    const QString digits = SearchText::phoneDigits(parsed.isValid() ? parsed.normalized() : trimmed);
    return digits.size() >= 5 ? digits : QString();
}

QString MatchKeys::idNumber(const QString& text)
{
    return lettersAndDigits(SearchText::fold(text)).toUpper();
}

void MatchKeys::addPlace(QSet<QString>& places, const QString& place)
{
    const QString folded = compact(place);
    if (folded.size() < 2)
        return;
    places.insert(folded);
    for (const QString& suffix : placeSuffixes()) {
        if (folded.endsWith(suffix) && folded.size() - suffix.size() >= 2) {
            places.insert(folded.left(folded.size() - suffix.size()));
            break;
        }
    }
}

QString MatchKeys::companyKey(const QString& name) const
{
    QString text = SearchText::fold(name);
    // Bracketed regions or branches: 华为技术(北京)有限公司 (NFKC made （） plain).
    static const QRegularExpression brackets(QStringLiteral("[(\\[【][^)\\]】]*[)\\]】]"));
    text.remove(brackets);
    text.remove(latinLegalForms());
    text = lettersAndDigits(text);
    for (bool stripped = true; stripped;) {
        stripped = false;
        for (const QString& form : chineseLegalForms()) {
            if (text.endsWith(form) && text.size() > form.size()) {
                text.chop(form.size());
                stripped = true;
            }
        }
    }
    // A leading place name (北京华为技术 → 华为技术), longest first, keeping at least two characters.
    for (qsizetype length = std::min<qsizetype>(text.size() - 2, 6); length >= 2; --length) {
        if (m_places.contains(text.left(length))) {
            text.remove(0, length);
            break;
        }
    }
    return text;
}

MatchRecord MatchKeys::record(const Customer& customer, const QVector<QString>& phones, const QVector<QString>& emails) const
{
    MatchRecord r;
    r.id = customer.id;
    if (customer.kind == CustomerKind::Individual) {
        r.family = compact(customer.familyName);
        r.given = compact(customer.givenName);
        if (!r.family.isEmpty())
            r.familyPinyin = readingOf(r.family, true).full;
        if (!r.given.isEmpty())
            r.givenPinyin = readingOf(r.given, false).full;
        const QString folded = SearchText::fold(customer.name);
        r.name = lettersAndDigits(folded);
        const SearchText::Pinyin p = readingOf(folded, true);
        r.namePinyin = p.full;
        r.nameSyllables = sortedJoined(p.syllables);
        if (!customer.company.isEmpty())
            r.company = companyKey(customer.company);
    } else {
        r.name = companyKey(customer.name);
        const SearchText::Pinyin p = readingOf(r.name, false);
        r.namePinyin = p.full;
        r.nameSyllables = p.full;
    }
    r.province = compact(customer.province);
    r.city = compact(customer.city);
    r.postcode = compact(customer.postcode);
    r.address = compact(customer.address);
    r.idNumber = idNumber(customer.idNumber);
    if (customer.birthday.isValid())
        r.birthday = customer.birthday.toString(QStringLiteral("yyyyMMdd"));
    for (const QString& p : phones)
        if (const QString key = phone(p); !key.isEmpty() && !r.phones.contains(key))
            r.phones.append(key);
    for (const QString& e : emails)
        if (const QString key = email(e); !key.isEmpty() && !r.emails.contains(key))
            r.emails.append(key);
    return r;
}
