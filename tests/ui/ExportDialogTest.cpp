#include "DemoGenerator.h"
#include "ExportDialog.h"
#include "ExportWorker.h"
#include "UiTestArchive.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTest>
#include "WaitFor.h"

#include <gtest/gtest.h>

namespace {
QByteArray readAll(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

// Runs the export to its end; true when it wrote the file.
bool exportAndWait(ExportDialog& dialog)
{
    dialog.show();
    if (!dialog.startExport())
        return false;
    if (!waitFor([&] { return !dialog.isRunning(); }))
        return false;
    return dialog.result() == QDialog::Accepted;
}
} // namespace

TEST(ExportDialog, WritesACsvFileWithTheHeaders)
{
    UiTestArchive archive;
    archive.add(QStringLiteral("张伟"), CustomerStage::Lead, QString(), QStringLiteral("13800138000"));
    archive.add(QStringLiteral("阿里巴巴"), CustomerStage::Active);
    archive.add(QStringLiteral("百度"), CustomerStage::Customer);

    ExportDialog dialog(*archive, CustomerFilter{});
    // Nothing to narrow down: the list is not filtered.
    EXPECT_FALSE(dialog.findChild<QRadioButton*>(QStringLiteral("exportFilteredRadio"))->isEnabled());
    const QString path = archive.dir.filePath(QStringLiteral("out.csv"));
    dialog.setFilePath(path);
    ASSERT_TRUE(exportAndWait(dialog)) << dialog.messageText().toStdString();
    EXPECT_EQ(dialog.rowsWritten(), 3);
    EXPECT_EQ(dialog.exportedPath(), path);

    QByteArray content = readAll(path);
    ASSERT_TRUE(content.startsWith("\xEF\xBB\xBF")); // UTF-8 with BOM, for Excel
    content.remove(0, 3);
    const QString firstLine = QString::fromUtf8(content.left(content.indexOf('\n')));
    EXPECT_TRUE(firstLine.contains(QStringLiteral("Customer Name"))) << firstLine.toStdString();
    EXPECT_TRUE(firstLine.contains(QStringLiteral("Customer Code"))) << firstLine.toStdString();
    EXPECT_TRUE(QString::fromUtf8(content).contains(QStringLiteral("阿里巴巴")));
}

TEST(ExportDialog, ExportsOnlyTheFilteredCustomersWhenAsked)
{
    UiTestArchive archive;
    archive.add(QStringLiteral("阿里巴巴"), CustomerStage::Active);
    archive.add(QStringLiteral("百度"), CustomerStage::Customer);

    CustomerFilter filter;
    filter.quickSearch = QStringLiteral("阿里");
    ExportDialog dialog(*archive, filter);
    dialog.setOnlyFiltered(true);
    const QString path = archive.dir.filePath(QStringLiteral("filtered.csv"));
    dialog.setFilePath(path);
    ASSERT_TRUE(exportAndWait(dialog)) << dialog.messageText().toStdString();
    EXPECT_EQ(dialog.rowsWritten(), 1);
    const QString text = QString::fromUtf8(readAll(path));
    EXPECT_TRUE(text.contains(QStringLiteral("阿里巴巴")));
    EXPECT_FALSE(text.contains(QStringLiteral("百度")));
}

TEST(ExportDialog, WritesXlsx)
{
    UiTestArchive archive;
    archive.add(QStringLiteral("张伟"));
    ExportDialog xlsx(*archive, CustomerFilter{});
    const QString workbook = archive.dir.filePath(QStringLiteral("out.xlsx"));
    xlsx.setFilePath(workbook);
    ASSERT_TRUE(exportAndWait(xlsx)) << xlsx.messageText().toStdString();
    EXPECT_TRUE(readAll(workbook).startsWith("PK"));
}

TEST(ExportDialog, WritesGb18030)
{
    UiTestArchive archive;
    archive.add(QStringLiteral("张伟"));
    ExportDialog gbk(*archive, CustomerFilter{});
    const QString csv = archive.dir.filePath(QStringLiteral("gbk.csv"));
    gbk.setFilePath(csv);
    gbk.setCsvEncoding(QStringLiteral("gb18030"));
    ASSERT_TRUE(exportAndWait(gbk)) << gbk.messageText().toStdString();
    EXPECT_TRUE(readAll(csv).contains("\xD5\xC5\xCE\xB0")); // 张伟 in GB18030
}

TEST(ExportDialog, RefusesAnUnknownFileType)
{
    UiTestArchive archive;
    ExportDialog dialog(*archive, CustomerFilter{});
    dialog.setFilePath(archive.dir.filePath(QStringLiteral("out.pdf")));
    EXPECT_FALSE(dialog.findChild<QPushButton*>(QStringLiteral("exportButton"))->isEnabled());
    EXPECT_FALSE(dialog.startExport());
    EXPECT_FALSE(dialog.messageText().isEmpty());
}

TEST(ExportDialog, StoppingWritesNoFile)
{
    UiTestArchive archive;
    DemoGenerator::Options demo; // many customers quickly: one transaction
    demo.customers = 5000;
    demo.seed = 1;
    ASSERT_TRUE(DemoGenerator::generate(*archive, demo).ok());
    ExportDialog dialog(*archive, CustomerFilter{});
    const QString path = archive.dir.filePath(QStringLiteral("stopped.csv"));
    dialog.setFilePath(path);
    dialog.show();
    ASSERT_TRUE(dialog.startExport());
    dialog.worker()->cancel();
    ASSERT_TRUE(waitFor([&] { return !dialog.isRunning(); }));
    // Either it was stopped in time (no file), or it had already finished (a whole file); never half a file.
    if (dialog.result() == QDialog::Accepted)
        EXPECT_EQ(dialog.rowsWritten(), 5000);
    else
        EXPECT_FALSE(QFile::exists(path));
}
