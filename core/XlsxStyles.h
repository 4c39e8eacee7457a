#pragma once

#include "XlsxCellText.h"

#include <QList>
#include <QString>
#include <QStringView>

class QIODevice;

// The part of xl/styles.xml the reader needs: which cell styles (the c/@s index) show numbers as dates,
// times or durations.
class XlsxStyles {
public:
    // Reads cellXfs and the custom numFmts. False with errorString() set when the XML is damaged.
    bool read(QIODevice* device);
    QString errorString() const { return m_error; }

    XlsxValueKind kind(qint64 styleIndex) const;

    // Built-in format ids (14-22, 27-36, 45-47, 50-58 are dates and times in Excel's zh-CN/ja/ko tables).
    static XlsxValueKind builtin(int numFmtId);
    // A format code such as `yyyy/m/d`, `[DBNum1][$-804]yyyy"年"m"月"d"日"`, `h:mm AM/PM` or `[hh]:mm:ss`:
    // y/m/d/h/s outside quotes, escapes and brackets decide; `m` next to h or s means minutes.
    static XlsxValueKind classify(QStringView formatCode);

private:
    QList<XlsxValueKind> m_kinds;
    QString m_error;
};
