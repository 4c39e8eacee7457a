#include "XlsxPackage.h"

#include <QUrl>
#include <QXmlStreamReader>
#include <quazip.h>
#include <quazipfile.h>

XlsxPackage::XlsxPackage(QIODevice* device) : m_zip(std::make_unique<QuaZip>(device)) {}

XlsxPackage::~XlsxPackage()
{
    if (m_zip->isOpen())
        m_zip->close();
}

bool XlsxPackage::open()
{
    m_zip->setAutoClose(false);
    if (!m_zip->open(QuaZip::mdUnzip))
        return false;
    const QStringList names = m_zip->getFileNameList();
    if (m_zip->getZipError() != UNZ_OK)
        return false;
    for (const QString& name : names)
        m_entries.insert(key(name), name);
    return true;
}

bool XlsxPackage::contains(const QString& partName) const
{
    return m_entries.contains(key(partName));
}

std::unique_ptr<QuaZipFile> XlsxPackage::openPart(const QString& partName)
{
    const auto it = m_entries.constFind(key(partName));
    if (it == m_entries.constEnd() || !m_zip->setCurrentFile(*it, QuaZip::csSensitive))
        return nullptr;
    auto file = std::make_unique<QuaZipFile>(m_zip.get());
    if (!file->open(QIODevice::ReadOnly))
        return nullptr;
    return file;
}

bool XlsxPackage::relationships(const QString& partName, QList<Relationship>& out)
{
    out.clear();
    const qsizetype slash = partName.lastIndexOf(u'/');
    const QString relsName = partName.left(slash + 1) + QStringLiteral("_rels/") + partName.mid(slash + 1)
        + QStringLiteral(".rels");
    if (!contains(relsName))
        return true;
    const auto file = openPart(relsName);
    if (!file)
        return false;
    QXmlStreamReader xml(file.get());
    while (!xml.atEnd() && !xml.hasError()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::DTD)
            return false;
        if (token != QXmlStreamReader::StartElement || xml.name() != u"Relationship")
            continue;
        const auto attributes = xml.attributes();
        if (attributes.value(QLatin1String("TargetMode")).compare(QLatin1String("External"), Qt::CaseInsensitive) == 0)
            continue;
        out.append({attributes.value(QLatin1String("Id")).toString(), attributes.value(QLatin1String("Type")).toString(),
                    resolve(partName, attributes.value(QLatin1String("Target")).toString())});
    }
    return !xml.hasError();
}

QString XlsxPackage::resolve(const QString& sourcePart, const QString& target)
{
    QString path = QUrl::fromPercentEncoding(target.toUtf8());
    path.replace(u'\\', u'/');
    if (!path.startsWith(u'/')) {
        QString source = sourcePart;
        source.replace(u'\\', u'/');
        path = source.left(source.lastIndexOf(u'/') + 1) + path;
    }
    QStringList segments;
    for (const QString& segment : path.split(u'/', Qt::SkipEmptyParts)) {
        if (segment == u"..") {
            if (!segments.isEmpty())
                segments.removeLast();
        } else if (segment != u".") {
            segments.append(segment);
        }
    }
    return segments.join(u'/');
}

QString XlsxPackage::key(const QString& partName)
{
    QString k = partName.toLower();
    k.replace(u'\\', u'/');
    while (k.startsWith(u'/'))
        k.remove(0, 1);
    return k;
}
