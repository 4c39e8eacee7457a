#pragma once

#include <QList>
#include <QString>

class QIODevice;

// xl/sharedStrings.xml, held in memory like Excel does: cells refer to it by index.
class XlsxSharedStrings {
public:
    // False with errorString() set when the XML is damaged or the table exceeds maxChars characters.
    bool read(QIODevice* device, qint64 maxChars);
    QString errorString() const { return m_error; }

    qsizetype size() const { return m_strings.size(); }
    QString at(qint64 index) const;

private:
    QList<QString> m_strings;
    QString m_error;
};
