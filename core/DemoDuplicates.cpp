#include "DemoDuplicates.h"

#include "Archive.h"
#include "BulkCustomerWriter.h"
#include "DemoRandom.h"
#include "SearchIndex.h"
#include "SearchText.h"
#include "Transaction.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace {
bool isHan(char32_t c) { return QChar::script(c) == QChar::Script_Han; }

class Corrupter {
public:
    explicit Corrupter(quint64 seed) : m_rng(seed)
    {
        UErrorCode status = U_ZERO_ERROR;
        m_traditional.reset(icu::Transliterator::createInstance(icu::UnicodeString("Simplified-Traditional"), UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            m_traditional.reset();
    }

    DemoRandom& rng() { return m_rng; }

    // Homophones among the characters the archive's names use, grouped by their ICU reading.
    void learnCharacters(const QString& text)
    {
        for (char32_t c : text.toUcs4()) {
            if (!isHan(c) || m_known.contains(c))
                continue;
            m_known.insert(c);
            const QString reading = SearchText::pinyin(QString::fromUcs4(&c, 1), false).full;
            if (!reading.isEmpty())
                m_homophones[reading].append(c);
        }
    }

    QString homophoneTypo(const QString& text)
    {
        QList<uint> chars = text.toUcs4();
        QList<qsizetype> positions;
        for (qsizetype i = 0; i < chars.size(); ++i)
            if (isHan(chars[i]))
                positions.append(i);
        for (int attempt = 0; attempt < 4 && !positions.isEmpty(); ++attempt) {
            const qsizetype at = positions[m_rng.below(positions.size())];
            const char32_t c = chars[at];
            const QVector<char32_t>& same = m_homophones.value(SearchText::pinyin(QString::fromUcs4(&c, 1), false).full);
            if (same.size() < 2)
                continue;
            char32_t other = c;
            while (other == c)
                other = same[m_rng.below(same.size())];
            chars[at] = other;
            return QString::fromUcs4(reinterpret_cast<const char32_t*>(chars.constData()), chars.size());
        }
        return text;
    }

    QString traditional(const QString& text) const
    {
        if (!m_traditional)
            return text;
        icu::UnicodeString u(reinterpret_cast<const UChar*>(text.utf16()), int32_t(text.size()));
        m_traditional->transliterate(u);
        return QString(reinterpret_cast<const QChar*>(u.getBuffer()), u.length());
    }

    static QString capitalized(const QString& syllables)
    {
        return syllables.isEmpty() ? syllables : syllables.left(1).toUpper() + syllables.mid(1);
    }

    QString typedPhone(const QString& e164)
    {
        if (!e164.startsWith(QStringLiteral("+86")) || e164.size() != 14)
            return e164;
        const QString n = e164.mid(3);
        switch (m_rng.below(4)) {
        case 0: return n.left(3) + u'-' + n.mid(3, 4) + u'-' + n.mid(7);
        case 1: return n.left(3) + u' ' + n.mid(3, 4) + u' ' + n.mid(7);
        case 2: return QStringLiteral("+86 ") + n.left(3) + u' ' + n.mid(3, 4) + u' ' + n.mid(7);
        default: return n;
        }
    }

    QString digitTypo(const QString& phone)
    {
        QString p = phone;
        QList<qsizetype> digits;
        for (qsizetype i = std::max<qsizetype>(0, p.size() - 8); i < p.size(); ++i)
            if (p[i].isDigit())
                digits.append(i);
        if (digits.isEmpty())
            return p;
        const qsizetype at = digits[m_rng.below(digits.size())];
        p[at] = QChar(u'0' + (p[at].digitValue() + 1 + int(m_rng.below(9))) % 10);
        return p;
    }

    QString companyVariant(const QString& name, const QString& city)
    {
        static const QString forms[] = {QStringLiteral("股份有限公司"), QStringLiteral("有限责任公司"), QStringLiteral("有限公司")};
        QString stem = name;
        for (const QString& form : forms) {
            if (stem.endsWith(form)) {
                stem.chop(form.size());
                break;
            }
        }
        QString place = city;
        if (place.endsWith(u'市'))
            place.chop(1);
        switch (m_rng.below(5)) {
        case 0: return stem + QStringLiteral("有限责任公司");
        case 1: return stem + QStringLiteral("股份有限公司");
        case 2: return place.isEmpty() || stem.startsWith(place) ? stem : place + stem + QStringLiteral("有限公司");
        case 3: return stem + QStringLiteral("（") + (place.isEmpty() ? QStringLiteral("北京") : place) + QStringLiteral("）有限公司");
        default: return stem;
        }
    }

private:
    DemoRandom m_rng;
    std::unique_ptr<icu::Transliterator> m_traditional;
    QSet<char32_t> m_known;
    QHash<QString, QVector<char32_t>> m_homophones;
};

struct Original {
    Customer customer;
    QList<Contact> contacts;
};

void corrupt(Corrupter& c, Customer& copy, QList<Contact>& contacts)
{
    DemoRandom& rng = c.rng();
    const bool individual = copy.kind == CustomerKind::Individual;
    const int errors = int(rng.between(1, 3));
    for (int e = 0; e < errors; ++e) {
        switch (rng.below(9)) {
        case 0: // a homophone typed for one character
            if (individual && !copy.givenName.isEmpty()) {
                copy.givenName = c.homophoneTypo(copy.givenName);
                copy.name = copy.familyName + copy.givenName;
            } else {
                copy.name = c.homophoneTypo(copy.name);
            }
            break;
        case 1: // Traditional characters (a customer from Hong Kong or Taiwan, or a Traditional input method)
            copy.name = c.traditional(copy.name);
            copy.familyName = c.traditional(copy.familyName);
            copy.givenName = c.traditional(copy.givenName);
            break;
        case 2: // the name in pinyin, in one box, in either order
            if (individual && !copy.familyName.isEmpty()) {
                const QString family = Corrupter::capitalized(SearchText::pinyin(copy.familyName, true).full);
                const QString given = Corrupter::capitalized(SearchText::pinyin(copy.givenName, false).full);
                copy.name = rng.chance(0.5) ? family + u' ' + given : given + u' ' + family;
                copy.familyName.clear();
                copy.givenName.clear();
            } else {
                copy.name = c.companyVariant(copy.name, copy.city);
            }
            break;
        case 3: // family and given name swapped
            if (individual && !copy.familyName.isEmpty() && !copy.givenName.isEmpty()) {
                std::swap(copy.familyName, copy.givenName);
                copy.name = copy.familyName + copy.givenName;
            } else {
                copy.name = c.companyVariant(copy.name, copy.city);
            }
            break;
        case 4: // the phone in another format
            for (Contact& k : contacts) {
                k.mobile = c.typedPhone(k.mobile);
                k.phone = c.typedPhone(k.phone);
            }
            break;
        case 5: // one digit wrong
            if (!contacts.isEmpty())
                contacts.first().mobile = c.digitTypo(contacts.first().mobile);
            break;
        case 6: // another legal form or region
            if (!individual)
                copy.name = c.companyVariant(copy.name, copy.city);
            else
                copy.company = copy.company.isEmpty() ? copy.company : c.companyVariant(copy.company, copy.city);
            break;
        case 7: // a changed or differently typed e-mail
            if (!contacts.isEmpty() && !contacts.first().email.isEmpty()) {
                QString& email = contacts.first().email;
                email = rng.chance(0.5) ? email.toUpper() : email.left(1) + email.mid(2);
            }
            break;
        default: // missing fields
            switch (rng.below(5)) {
            case 0: copy.address.clear(); break;
            case 1: copy.birthday = QDate(); break;
            case 2: copy.idNumber.clear(); break;
            case 3: if (!contacts.isEmpty()) contacts.first().email.clear(); break;
            default: if (contacts.size() > 1) contacts.removeLast(); else copy.city.clear(); break;
            }
            break;
        }
    }
}
} // namespace

Result<qint64> DemoDuplicates::add(Archive& archive, const Options& options, const Progress& progress)
{
    QSqlDatabase& db = archive.database().connection();
    Corrupter corrupter(options.seed);
    DemoRandom& rng = corrupter.rng();

    QHash<qint64, Original> originals;
    QVector<qint64> order;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, code, kind, name, family_name, given_name, company, industry, province, city,"
                                   " address, postcode, birthday, id_number FROM customers ORDER BY id")))
            return Result<qint64>::failure(q.lastError().text());
        while (q.next()) {
            if (!rng.chance(options.share))
                continue;
            Customer c;
            c.id = q.value(0).toLongLong();
            c.code = q.value(1).toString();
            c.kind = q.value(2).toString() == QLatin1String("individual") ? CustomerKind::Individual : CustomerKind::Company;
            c.name = q.value(3).toString();
            c.familyName = q.value(4).toString();
            c.givenName = q.value(5).toString();
            c.company = q.value(6).toString();
            c.industry = q.value(7).toString();
            c.province = q.value(8).toString();
            c.city = q.value(9).toString();
            c.address = q.value(10).toString();
            c.postcode = q.value(11).toString();
            c.birthday = QDate::fromString(q.value(12).toString(), Qt::ISODate);
            c.idNumber = q.value(13).toString();
            corrupter.learnCharacters(c.name);
            originals.insert(c.id, Original{c, {}});
            order.append(c.id);
        }
        if (!q.exec(QStringLiteral("SELECT customer_id, name, title, mobile, phone, email, wechat, is_primary FROM contacts ORDER BY id")))
            return Result<qint64>::failure(q.lastError().text());
        while (q.next()) {
            const auto it = originals.find(q.value(0).toLongLong());
            if (it == originals.end())
                continue;
            Contact k;
            k.name = q.value(1).toString();
            k.title = q.value(2).toString();
            k.mobile = q.value(3).toString();
            k.phone = q.value(4).toString();
            k.email = q.value(5).toString();
            k.wechat = q.value(6).toString();
            k.isPrimary = q.value(7).toBool();
            it->contacts.append(k);
        }
    }

    Transaction transaction(db);
    BulkCustomerWriter writer(db);
    if (Status s = writer.prepare(); !s)
        return Result<qint64>::failure(s.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 added = 0;
    for (qsizetype i = 0; i < order.size(); ++i) {
        const Original& original = originals[order[i]];
        const int copies = int(rng.between(1, std::max(1, options.maxCopies)));
        for (int n = 1; n <= copies; ++n) {
            Customer copy = original.customer;
            QList<Contact> contacts = original.contacts;
            corrupt(corrupter, copy, contacts);
            copy.id = 0;
            copy.code = original.customer.code + QStringLiteral("-D") + QString::number(n);
            copy.createdAt = copy.updatedAt = now;
            copy.version = 1;
            const auto id = writer.addCustomer(copy);
            if (!id)
                return Result<qint64>::failure(id.error());
            for (const Contact& k : contacts)
                if (Status s = writer.addContact(*id, k); !s)
                    return Result<qint64>::failure(s.error());
            ++added;
        }
        if (progress && i % 4096 == 0 && !progress(i, order.size()))
            return Result<qint64>::failure(tr("Cancelled."), ErrorKind::Cancelled);
    }
    if (Status s = SearchIndex(db).refresh(); !s)
        return Result<qint64>::failure(s.error());
    if (!transaction.commit())
        return Result<qint64>::failure(db.lastError().text());
    return added;
}
