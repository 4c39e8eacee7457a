#pragma once

#include <QString>

struct Contact;
struct Customer;
struct CustomerListRow;

// How sensitive fields look to a user without the right to see them (AccessPolicy::masksSensitiveOf):
// enough to recognise a record ("138****8000", "z***@example.com"), not enough to call or write.
// Empty values stay empty, so a masked field still shows whether anything is there.
namespace SensitiveMask {
// Mobile or landline: the national number's first 3 and last 4 digits ("+8613800138000" -> "138****8000");
// shorter numbers keep only their last 2 digits.
QString phone(const QString& number);
// The first character of the local part and the whole domain: "zhangsan@example.com" -> "z***@example.com".
QString email(const QString& address);
// Identity card and other ID numbers: first 3 and last 4 characters, the rest as '*'.
QString idNumber(const QString& number);
// Order amounts and totals: "***".
QString amount();

// The sensitive fields of a record, masked in place: the customer's ID number; a contact's mobile, phone and
// e-mail; a list row's phone.
void maskCustomer(Customer& customer);
void maskContact(Contact& contact);
void maskRow(CustomerListRow& row);
} // namespace SensitiveMask
