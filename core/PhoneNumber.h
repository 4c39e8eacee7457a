#pragma once

#include <QString>

// Phone parsing and formatting through libphonenumber (default region CN).
class PhoneNumber {
public:
    // Parses what a user typed ("138-0013-8000", "+86 138 0013 8000", "010-12345678 ext. 12").
    // Plain forms ("+8613800138000", "13800138000") take a shortcut with the same result.
    static PhoneNumber parse(const QString& text, const QString& defaultRegion = QStringLiteral("CN"));
    // Always libphonenumber's full Parse(): the reference parse() is tested against.
    static PhoneNumber parseFully(const QString& text, const QString& defaultRegion = QStringLiteral("CN"));

    bool isValid() const { return m_valid; }
    // E.164 ("+8613800138000") with extension appended as ";ext=12" when valid, otherwise the trimmed input.
    QString normalized() const { return m_normalized; }
    // National format for display ("138 0013 8000"), or the input when invalid. Worked out on demand:
    // bulk work (imports) only needs the normalised form, and formatting costs as much as parsing.
    QString display() const;
    QString original() const { return m_original; }
    // A mobile number (libphonenumber's MOBILE or FIXED_LINE_OR_MOBILE type): where a single typed
    // "phone" belongs on a contact, mobile or landline.
    bool isMobile() const;

    // Convenience: normalized form if the text parses, else the trimmed text unchanged.
    static QString normalize(const QString& text, const QString& defaultRegion = QStringLiteral("CN"));
    // Only the digits of the text: what quick search matches phone numbers on.
    static QString digitsOnly(const QString& text);

private:
    QString m_original;
    QString m_normalized;
    QString m_region;
    bool m_valid = false;
};
