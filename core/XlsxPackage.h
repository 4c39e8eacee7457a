#pragma once

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

class QIODevice;
class QuaZip;
class QuaZipFile;

// The zip container of an XLSX file: parts by name and the relationships between them. Part names are
// compared the way Excel does, ignoring case and treating `\` as `/` (some writers put backslashes in
// entry names).
class XlsxPackage {
public:
    struct Relationship {
        QString id;
        QString type;
        QString target; // the resolved part name, without a leading "/"
    };

    explicit XlsxPackage(QIODevice* device); // not owned; must stay open while the package is used
    ~XlsxPackage();
    XlsxPackage(const XlsxPackage&) = delete;
    XlsxPackage& operator=(const XlsxPackage&) = delete;

    bool open();
    bool contains(const QString& partName) const;
    // One part at a time can be open (a zip limitation); opening another one closes nothing for you.
    std::unique_ptr<QuaZipFile> openPart(const QString& partName);
    // The relationships of a part (from _rels/<name>.rels), internal targets only. Empty when there are
    // none; false when the .rels part exists but is damaged.
    bool relationships(const QString& partName, QList<Relationship>& out);

    // `target` of a relationship of `sourcePart`, as a part name: relative targets, absolute ones
    // ("/xl/worksheets/sheet1.xml"), backslashes, "..", %-escapes.
    static QString resolve(const QString& sourcePart, const QString& target);

private:
    static QString key(const QString& partName);

    std::unique_ptr<QuaZip> m_zip;
    QHash<QString, QString> m_entries; // key() -> entry name as stored in the zip
};
