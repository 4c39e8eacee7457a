#include "SensitiveMask.h"

#include "Contact.h"
#include "Customer.h"
#include "CustomerListRow.h"
#include "PhoneNumber.h"

namespace {
QString keepEnds(const QString& text, int head, int tail)
{
    if (text.size() <= head + tail)
        return QString(qMax<qsizetype>(0, text.size() - 2), u'*') + text.right(qMin<qsizetype>(2, text.size()));
    return text.left(head) + QString(text.size() - head - tail, u'*') + text.right(tail);
}
} // namespace

namespace SensitiveMask {

QString phone(const QString& number)
{
    QString digits = PhoneNumber::digitsOnly(number);
    if (digits.isEmpty())
        return number.trimmed().isEmpty() ? QString() : QStringLiteral("****");
    // "+86 138..." / "0086...": the country code is not part of what people recognise.
    const QString normalized = PhoneNumber::normalize(number);
    // Landlines get their trunk 0 back, as people write them ("021-6234 5678" -> "021****5678").
    if (normalized.startsWith(QLatin1String("+86"))) {
        digits = PhoneNumber::digitsOnly(normalized.section(u';', 0, 0)).mid(2);
        if (!digits.startsWith(u'1'))
            digits.prepend(u'0');
    }
    return keepEnds(digits, 3, 4);
}

QString email(const QString& address)
{
    const QString trimmed = address.trimmed();
    if (trimmed.isEmpty())
        return QString();
    const qsizetype at = trimmed.lastIndexOf(u'@');
    if (at <= 0)
        return trimmed.left(1) + QStringLiteral("***");
    return trimmed.left(1) + QStringLiteral("***") + trimmed.mid(at);
}

QString idNumber(const QString& number)
{
    const QString trimmed = number.trimmed();
    return trimmed.isEmpty() ? QString() : keepEnds(trimmed, 3, 4);
}

QString amount()
{
    return QStringLiteral("***");
}

void maskCustomer(Customer& customer)
{
    customer.idNumber = idNumber(customer.idNumber);
}

void maskContact(Contact& contact)
{
    contact.mobile = phone(contact.mobile);
    contact.phone = phone(contact.phone);
    contact.email = email(contact.email);
}

void maskRow(CustomerListRow& row)
{
    row.primaryPhone = phone(row.primaryPhone);
}

} // namespace SensitiveMask
