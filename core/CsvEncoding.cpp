#include "CsvEncoding.h"

#include <cstring>

bool CsvEncoding::Utf8Validator::feed(QByteArrayView bytes)
{
    if (!m_valid)
        return false;
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        if (m_pending == 0) {
            // Most CSV bytes are ASCII: skip them eight at a time.
            while (i + 8 <= n) {
                quint64 word;
                std::memcpy(&word, p + i, 8);
                if (word & 0x8080808080808080ULL)
                    break;
                i += 8;
            }
            if (i >= n)
                break;
            const unsigned char c = p[i++];
            if (c < 0x80)
                continue;
            m_nonAscii = true;
            if (c >= 0xC2 && c <= 0xDF)
                m_pending = 1;
            else if (c >= 0xE0 && c <= 0xEF)
                m_pending = 2;
            else if (c >= 0xF0 && c <= 0xF4)
                m_pending = 3;
            else
                return m_valid = false;
        } else {
            if ((p[i++] & 0xC0) != 0x80)
                return m_valid = false;
            --m_pending;
        }
    }
    return true;
}

CsvEncoding::Guess CsvEncoding::guess(QByteArrayView sample, bool complete)
{
    Guess result;
    if (sample.startsWith("\xEF\xBB\xBF")) {
        result.name = QStringLiteral("UTF-8");
        return result;
    }
    if (sample.startsWith("\xFF\xFE")) {
        result.name = QStringLiteral("UTF-16LE");
        return result;
    }
    if (sample.startsWith("\xFE\xFF")) {
        result.name = QStringLiteral("UTF-16BE");
        return result;
    }

    // UTF-16 without BOM: the delimiters, digits and line ends are ASCII, so one byte of each pair is zero.
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    qsizetype controls = 0;
    for (qsizetype i = 0; i < sample.size(); ++i) {
        const auto c = static_cast<unsigned char>(sample[i]);
        if (c == 0)
            ++(i % 2 == 0 ? zeroEven : zeroOdd);
        else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1B && c != 0x1A)
            ++controls;
    }
    const qsizetype pairs = sample.size() / 2;
    if (pairs > 0 && zeroOdd * 8 > pairs && zeroEven * 8 < zeroOdd) {
        result.name = QStringLiteral("UTF-16LE");
        return result;
    }
    if (pairs > 0 && zeroEven * 8 > pairs && zeroOdd * 8 < zeroEven) {
        result.name = QStringLiteral("UTF-16BE");
        return result;
    }
    // Text never has NUL bytes and has few control characters; images, PDFs and databases have plenty.
    result.binary = (zeroEven + zeroOdd) * 1000 > sample.size() || controls * 10 > sample.size();

    Utf8Validator utf8;
    const bool valid = utf8.feed(sample) && (!complete || utf8.finish());
    result.name = valid ? QStringLiteral("UTF-8") : QStringLiteral("GB18030");
    result.asciiOnly = valid && !utf8.sawNonAscii();
    return result;
}

QString CsvEncoding::canonicalName(const QString& option)
{
    const QString o = option.trimmed().toLower().remove(u'_');
    if (o.isEmpty() || o == u"auto")
        return {};
    if (o == u"utf-8" || o == u"utf8")
        return QStringLiteral("UTF-8");
    if (o == u"gb18030" || o == u"gbk" || o == u"gb2312" || o == u"cp936")
        return QStringLiteral("GB18030"); // a superset of GBK and GB2312
    if (o == u"utf-16" || o == u"utf16")
        return QStringLiteral("UTF-16");
    if (o == u"utf-16le" || o == u"utf16le")
        return QStringLiteral("UTF-16LE");
    if (o == u"utf-16be" || o == u"utf16be")
        return QStringLiteral("UTF-16BE");
    return option.trimmed(); // let QStringDecoder (ICU) decide: "Big5", "Shift_JIS", ...
}
