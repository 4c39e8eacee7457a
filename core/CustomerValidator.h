#pragma once

#include "Contact.h"
#include "CustomFieldDefinition.h"
#include "Customer.h"
#include "FieldIssue.h"

#include <QCoreApplication>
#include <QList>

// Validation rules for customers and contacts. Reports issues per field; never refuses free text.
class CustomerValidator {
    Q_DECLARE_TR_FUNCTIONS(CustomerValidator)

public:
    static FieldIssues validateCustomer(const Customer& customer);
    // `prefix` is prepended to field names, e.g. "contacts[0]."
    static FieldIssues validateContact(const Contact& contact, const QString& prefix = QString());

    // Values of custom fields against their definitions: numbers parse, dates are YYYY-MM-DD, choices exist.
    // Issue field names are "custom:<field name>".
    static FieldIssues validateCustomFields(const Customer& customer,
                                            const QList<CustomFieldDefinition>& definitions);

    static bool isValidEmail(const QString& email);
    // Empty is fine; otherwise must parse as a phone number (libphonenumber, default region CN).
    static bool isValidPhone(const QString& phone);
    // A birthday that can be true: none, or from 1900 up to today.
    static bool isPlausibleBirthday(const QDate& date);
};
