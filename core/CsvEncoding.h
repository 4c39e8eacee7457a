#pragma once

#include <QByteArrayView>
#include <QString>

// Guesses the text encoding of a CSV file from its bytes. Chinese users' files come from Excel as GB18030
// (GBK), from WPS or web exports as UTF-8 with or without BOM, and from some tools as UTF-16.
class CsvEncoding {
public:
    struct Guess {
        QString name;      // "UTF-8", "UTF-16LE", "UTF-16BE" or "GB18030"
        bool binary = false; // many NUL or control bytes: not a text file at all
        bool asciiOnly = false; // no byte above 0x7F in the sample: the rest of the file decides
    };

    // From the first bytes of a file: BOM, then the zero bytes of UTF-16, then UTF-8 validity.
    // `complete` says the sample is the whole file (a multibyte sequence cut at its end is then invalid).
    static Guess guess(QByteArrayView sample, bool complete);

    // TabularOptions::encoding to a name QStringDecoder knows; empty for "auto".
    static QString canonicalName(const QString& option);

    // UTF-8 validity over a stream of chunks.
    class Utf8Validator {
    public:
        // False as soon as the bytes so far cannot be UTF-8.
        bool feed(QByteArrayView bytes);
        // After the last chunk: false if a multibyte sequence was cut off.
        bool finish() const { return m_pending == 0; }
        bool sawNonAscii() const { return m_nonAscii; }

    private:
        int m_pending = 0; // continuation bytes still expected
        bool m_nonAscii = false;
        bool m_valid = true;
    };
};
