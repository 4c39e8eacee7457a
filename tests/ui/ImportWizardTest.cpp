#include "ArchiveExporter.h"
#include "ExportDialog.h"
#include "ImportFilePage.h"
#include "ImportMappingPage.h"
#include "ImportPreviewPage.h"
#include "ImportProblemModel.h"
#include "ImportResultPage.h"
#include "ImportRunPage.h"
#include "ImportUndo.h"
#include "ImportWizard.h"
#include "ImportWorker.h"
#include "Importer.h"
#include "MainWindow.h"
#include "UiTestArchive.h"
#include "UndoImportDialog.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QDeadlineTimer>
#include <QFile>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QTemporaryDir>
#include "WaitFor.h"

#include <gtest/gtest.h>

namespace {
QString writeFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

// Three customers; the second (file row 3) has no name and must be rejected.
QString smallCsv(const UiTestArchive& archive)
{
    return writeFile(archive.dir.filePath(QStringLiteral("客户.csv")),
                     QStringLiteral("客户名称,手机,邮箱,省份\n"
                                    "张伟,13800138000,zhangwei@example.com,广东省\n"
                                    ",13900139000,nobody@example.com,浙江省\n"
                                    "李娜,13700137000,lina@example.com,北京市\n")
                         .toUtf8());
}

qint64 customersIn(const QString& path)
{
    auto reopened = Archive::open(path, Database::OpenMode::MustExist);
    EXPECT_TRUE(reopened.ok()) << reopened.error().toStdString();
    if (!reopened)
        return -1;
    auto stats = (*reopened)->stats();
    return stats ? stats->customers : -1;
}

// Fills the first page and goes on to the mapping.
void startWizard(ImportWizard& wizard, const QString& csv)
{
    wizard.show();
    wizard.filePage()->setFilePath(csv);
    ASSERT_TRUE(wizard.filePage()->isComplete()) << wizard.filePage()->errorText().toStdString();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::MappingPageId);
}
} // namespace

TEST(ImportWizard, PreviewMarksTheBadRowAndTheImportStoresTheGoodOnes)
{
    UiTestArchive archive;
    const QString csv = smallCsv(archive);
    ImportWizard wizard(*archive);
    startWizard(wizard, csv);

    // Chinese headers map themselves.
    ImportMappingPage* mapping = wizard.mappingPage();
    ASSERT_EQ(mapping->table()->rowCount(), 4);
    EXPECT_EQ(mapping->fieldAt(mapping->rowOfHeader(QStringLiteral("客户名称"))), QStringLiteral("name"));
    EXPECT_EQ(mapping->fieldAt(mapping->rowOfHeader(QStringLiteral("手机"))), QStringLiteral("mobile"));
    EXPECT_EQ(mapping->fieldAt(mapping->rowOfHeader(QStringLiteral("邮箱"))), QStringLiteral("email"));
    EXPECT_EQ(mapping->fieldAt(mapping->rowOfHeader(QStringLiteral("省份"))), QStringLiteral("province"));
    EXPECT_TRUE(mapping->isComplete());

    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::PreviewPageId);
    ImportPreviewPage* preview = wizard.previewPage();
    EXPECT_EQ(preview->table()->rowCount(), 3);
    EXPECT_EQ(preview->rejectedRows(), 1);
    EXPECT_TRUE(preview->summaryText().contains(QStringLiteral("3 row(s) shown"))) << preview->summaryText().toStdString();
    EXPECT_TRUE(preview->summaryText().contains(QStringLiteral("1 would be rejected"))) << preview->summaryText().toStdString();
    // The empty name of file row 3 is red with the reason as tooltip; the good rows are not marked.
    const int bad = preview->tableRowOfFileRow(3);
    ASSERT_GE(bad, 0);
    bool redWithReason = false;
    for (int c = 0; c < preview->table()->columnCount(); ++c) {
        const QTableWidgetItem* item = preview->table()->item(bad, c);
        if (item && item->background().color() == ImportPreviewPage::rejectedColor && !item->toolTip().isEmpty())
            redWithReason = true;
    }
    EXPECT_TRUE(redWithReason);
    const int good = preview->tableRowOfFileRow(2);
    for (int c = 0; c < preview->table()->columnCount(); ++c)
        EXPECT_NE(preview->table()->item(good, c)->background().color(), ImportPreviewPage::rejectedColor);
    EXPECT_EQ(customersIn(archive.path), 0); // nothing stored by looking

    wizard.next(); // Import
    ASSERT_TRUE(waitFor([&] { return wizard.currentId() == ImportWizard::ResultPageId; }));
    ImportResultPage* result = wizard.resultPage();
    EXPECT_EQ(result->countText("rows"), QStringLiteral("3"));
    EXPECT_EQ(result->countText("imported"), QStringLiteral("2"));
    EXPECT_EQ(result->countText("rejected"), QStringLiteral("1"));
    EXPECT_TRUE(wizard.changedArchive());
    EXPECT_GT(wizard.outcome().report.batch, 0);
    ASSERT_GE(result->problemModel()->rowCount(), 1);
    EXPECT_EQ(result->problemModel()->index(0, ImportProblemModel::RowColumn).data().toLongLong(), 3);

    // Stored: the two good rows, seen through a connection of our own.
    EXPECT_EQ(customersIn(archive.path), 2);

    const QString errors = archive.dir.filePath(QStringLiteral("errors.csv"));
    EXPECT_TRUE(result->saveProblems(errors));
    QFile saved(errors);
    ASSERT_TRUE(saved.open(QIODevice::ReadOnly));
    EXPECT_TRUE(saved.readAll().contains("3"));
}

// The admin's other common file: an Excel workbook (here one Dossier wrote) goes through the same pages;
// long digit strings stay exact and the rows arrive whole.
TEST(ImportWizard, ImportsAnExcelWorkbook)
{
    UiTestArchive source;
    const Customer zhang = source.add(QStringLiteral("张伟"), CustomerStage::Active, QString(), QStringLiteral("13800138000"),
                                      QStringLiteral("广东省"));
    source.add(QStringLiteral("李娜"), CustomerStage::Lead, QString(), QStringLiteral("13700137000"));
    const QString workbook = source.dir.filePath(QStringLiteral("客户.xlsx"));
    const auto written = ArchiveExporter::exportTo(*source, workbook, ExportOptions{});
    ASSERT_TRUE(written) << written.error().toStdString();

    UiTestArchive archive;
    ImportWizard wizard(*archive);
    startWizard(wizard, workbook);
    EXPECT_TRUE(wizard.mappingPage()->isComplete()); // the exported headers map themselves
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::PreviewPageId);
    EXPECT_EQ(wizard.previewPage()->table()->rowCount(), 2);
    EXPECT_EQ(wizard.previewPage()->rejectedRows(), 0);
    wizard.next(); // Import
    ASSERT_TRUE(waitFor([&] { return wizard.currentId() == ImportWizard::ResultPageId; }));
    EXPECT_EQ(wizard.resultPage()->countText("imported"), QStringLiteral("2"));

    auto reopened = Archive::open(archive.path, Database::OpenMode::MustExist);
    ASSERT_TRUE(reopened.ok()) << reopened.error().toStdString();
    const auto imported = (*reopened)->customers().findByCode(zhang.code);
    ASSERT_TRUE(imported) << imported.error().toStdString();
    EXPECT_EQ(imported->province, QStringLiteral("广东省"));
    const auto contacts = (*reopened)->contacts().forCustomer(imported->id);
    ASSERT_TRUE(contacts);
    ASSERT_EQ(contacts->size(), 1);
    EXPECT_EQ(contacts->first().mobile, QStringLiteral("+8613800138000"));
}

TEST(ImportWizard, StoppingTheImportLeavesTheArchiveUnchanged)
{
    UiTestArchive archive;
    // Big enough that the import is still running when it is stopped.
    QByteArray big = QStringLiteral("客户名称,手机,省份\n").toUtf8();
    for (int i = 0; i < 200000; ++i)
        big += QStringLiteral("客户%1,138%2,广东省\n").arg(i).arg(i % 100000000, 8, 10, QLatin1Char('0')).toUtf8();
    const QString csv = writeFile(archive.dir.filePath(QStringLiteral("big.csv")), big);

    ImportWizard wizard(*archive);
    startWizard(wizard, csv);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::PreviewPageId);
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::RunPageId);
    EXPECT_TRUE(wizard.runPage()->isRunning());
    wizard.runPage()->cancelImport();

    ASSERT_TRUE(waitFor([&] { return wizard.currentId() == ImportWizard::ResultPageId; }, 60000));
    EXPECT_TRUE(wizard.outcome().cancelled);
    EXPECT_FALSE(wizard.changedArchive());
    EXPECT_TRUE(wizard.resultPage()->headlineText().contains(QStringLiteral("stopped")));
    EXPECT_EQ(customersIn(archive.path), 0);
    auto batches = ImportUndo::batches(*archive);
    ASSERT_TRUE(batches.ok()) << batches.error().toStdString();
    EXPECT_TRUE(batches->isEmpty());
}

TEST(ImportWizard, ClosingWhileImportingStopsAndCloses)
{
    UiTestArchive archive;
    QByteArray big = QStringLiteral("客户名称,省份\n").toUtf8();
    for (int i = 0; i < 100000; ++i)
        big += QStringLiteral("客户%1,广东省\n").arg(i).toUtf8();
    const QString csv = writeFile(archive.dir.filePath(QStringLiteral("big.csv")), big);

    ImportWizard wizard(*archive);
    startWizard(wizard, csv);
    wizard.next();
    wizard.next();
    ASSERT_EQ(wizard.currentId(), ImportWizard::RunPageId);
    wizard.reject(); // Escape / Cancel / closing the window
    ASSERT_TRUE(waitFor([&] { return !wizard.isVisible(); }, 60000));
    EXPECT_EQ(wizard.result(), QDialog::Rejected);
    EXPECT_EQ(customersIn(archive.path), 0);
}

TEST(ImportWizard, DryRunStoresNothingAndImportNowImports)
{
    UiTestArchive archive;
    const QString csv = smallCsv(archive);
    ImportWizard wizard(*archive);
    startWizard(wizard, csv);
    wizard.next();
    wizard.previewPage()->setDryRun(true);
    wizard.next();
    ASSERT_TRUE(waitFor([&] { return wizard.currentId() == ImportWizard::ResultPageId; }));
    EXPECT_TRUE(wizard.outcome().dryRun);
    EXPECT_EQ(wizard.resultPage()->countText("imported"), QStringLiteral("2"));
    EXPECT_EQ(customersIn(archive.path), 0);
    EXPECT_FALSE(wizard.changedArchive());

    auto* importNow = wizard.resultPage()->findChild<QPushButton*>(QStringLiteral("importNowButton"));
    ASSERT_NE(importNow, nullptr);
    EXPECT_TRUE(importNow->isVisible());
    importNow->click();
    ASSERT_TRUE(waitFor([&] { return wizard.currentId() == ImportWizard::ResultPageId && !wizard.outcome().dryRun; }));
    EXPECT_TRUE(wizard.changedArchive());
    EXPECT_EQ(customersIn(archive.path), 2);
}

TEST(ImportWizard, SkipExistingLeavesKnownCodesAlone)
{
    UiTestArchive archive;
    const QString csv = writeFile(archive.dir.filePath(QStringLiteral("codes.csv")),
                                  QStringLiteral("客户编号,客户名称\nC900001,甲公司\n").toUtf8());
    {
        ImportWizard first(*archive);
        startWizard(first, csv);
        first.next();
        first.next();
        ASSERT_TRUE(waitFor([&] { return first.currentId() == ImportWizard::ResultPageId; }));
        EXPECT_EQ(first.resultPage()->countText("imported"), QStringLiteral("1"));
    }
    ImportWizard second(*archive);
    startWizard(second, csv);
    second.next();
    second.previewPage()->setSkipExisting(true);
    second.next();
    ASSERT_TRUE(waitFor([&] { return second.currentId() == ImportWizard::ResultPageId; }));
    EXPECT_EQ(second.resultPage()->countText("skipped"), QStringLiteral("1"));
    EXPECT_EQ(second.resultPage()->countText("imported"), QStringLiteral("0"));
}

TEST(ImportWizard, MappingProfilesAreSavedAndApplied)
{
    UiTestArchive archive;
    const QString csv = smallCsv(archive);
    ImportWizard wizard(*archive);
    startWizard(wizard, csv);
    ImportMappingPage* mapping = wizard.mappingPage();
    const int province = mapping->rowOfHeader(QStringLiteral("省份"));
    mapping->setFieldAt(province, QString()); // ignore the province
    mapping->saveProfile(QStringLiteral("月度/客户"));
    EXPECT_TRUE(ImportMappingPage::profileNames().contains(QStringLiteral("月度_客户")));

    mapping->setFieldAt(province, QStringLiteral("city"));
    ASSERT_TRUE(mapping->applyProfile(QStringLiteral("月度_客户")));
    EXPECT_EQ(mapping->fieldAt(province), QString());
    EXPECT_EQ(mapping->fieldAt(mapping->rowOfHeader(QStringLiteral("客户名称"))), QStringLiteral("name"));
    EXPECT_FALSE(mapping->mapping().columns.contains(QStringLiteral("province")));
}

TEST(ImportWizard, OffersAndMapsCustomFields)
{
    UiTestArchive archive;
    CustomFieldDefinition budget;
    budget.name = QStringLiteral("年度预算");
    ASSERT_TRUE(archive->customFields().define(budget).ok());
    const QString csv = writeFile(archive.dir.filePath(QStringLiteral("custom.csv")),
                                  QStringLiteral("客户名称,年度预算\n甲公司,50万\n").toUtf8());
    ImportWizard wizard(*archive);
    startWizard(wizard, csv);
    ImportMappingPage* mapping = wizard.mappingPage();
    EXPECT_EQ(mapping->fieldAt(mapping->rowOfHeader(QStringLiteral("年度预算"))), QStringLiteral("custom:年度预算"));
}

TEST(ImportWizard, ReportsAFileThatCannotBeRead)
{
    UiTestArchive archive;
    const QString bogus = writeFile(archive.dir.filePath(QStringLiteral("old.xls")), QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0'));
    ImportWizard wizard(*archive);
    wizard.show();
    wizard.filePage()->setFilePath(bogus);
    EXPECT_FALSE(wizard.filePage()->isComplete());
    EXPECT_FALSE(wizard.filePage()->errorText().isEmpty());
}

TEST(ImportUndoDialog, UndoesTheImportAndRefusesTwice)
{
    UiTestArchive archive;
    const QString csv = smallCsv(archive);
    {
        auto source = TabularSource::open(csv);
        ASSERT_TRUE(source.ok()) << source.error().toStdString();
        ImportOptions options;
        options.fileName = csv;
        auto report = Importer(*archive).run(**source, options);
        ASSERT_TRUE(report.ok()) << report.error().toStdString();
        ASSERT_EQ(report->imported, 2);
    }
    UndoImportDialog dialog(*archive);
    ASSERT_EQ(dialog.batches().size(), 1);
    EXPECT_EQ(dialog.table()->item(0, UndoImportDialog::FileColumn)->text(), QStringLiteral("客户.csv"));
    EXPECT_EQ(dialog.table()->item(0, UndoImportDialog::ImportedColumn)->text(), QStringLiteral("2"));
    auto* undoButton = dialog.findChild<QPushButton*>(QStringLiteral("undoButton"));
    ASSERT_NE(undoButton, nullptr);
    EXPECT_TRUE(undoButton->isEnabled());

    bool signalled = false;
    QObject::connect(&dialog, &UndoImportDialog::archiveChanged, [&] { signalled = true; });
    EXPECT_TRUE(dialog.undoBatch(dialog.batches()[0].id)) << dialog.messageText().toStdString();
    EXPECT_TRUE(signalled);
    EXPECT_EQ(customersIn(archive.path), 0);
    ASSERT_EQ(dialog.batches().size(), 1);
    EXPECT_TRUE(dialog.batches()[0].undoneAt.isValid());
    EXPECT_FALSE(dialog.table()->item(0, UndoImportDialog::StatusColumn)->text().isEmpty());
    EXPECT_FALSE(undoButton->isEnabled());

    // A second undo is refused with the core's reason on show.
    EXPECT_FALSE(dialog.undoBatch(dialog.batches()[0].id));
    EXPECT_FALSE(dialog.messageText().isEmpty());
}

TEST(ImportActions, FileMenuHasImportExportAndUndo)
{
    UiTestArchive archive;
    MainWindow window;
    window.setArchive(archive.release());
    auto* import = window.findChild<QAction*>(QStringLiteral("importAction"));
    ASSERT_NE(import, nullptr);
    EXPECT_EQ(import->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    EXPECT_TRUE(import->isEnabled());
    EXPECT_NE(window.findChild<QAction*>(QStringLiteral("exportAction")), nullptr);
    EXPECT_NE(window.findChild<QAction*>(QStringLiteral("undoImportAction")), nullptr);
}

// Every page and dialog renders to a picture; with DOSSIER_SCREENSHOTS=<folder> the pictures are kept there
// for looking at.
TEST(ImportWizardScreenshots, EveryPageRenders)
{
    QTemporaryDir scratch;
    QString folder = qEnvironmentVariable("DOSSIER_SCREENSHOTS");
    if (folder.isEmpty())
        folder = scratch.path();
    UiTestArchive archive;
    const QString csv = writeFile(archive.dir.filePath(QStringLiteral("客户名单.csv")),
                                  QStringLiteral("客户名称,手机,邮箱,省份,城市,负责人,备注1\n"
                                                 "北京华夏科技发展有限公司,13800138000,zhangwei@example.com,北京市,北京市,wangfang,老客户\n"
                                                 ",13900139000,nobody@example.com,浙江省,杭州市,lina,\n"
                                                 "李娜,1370013,lina@,广东省,深圳市,,展会\n"
                                                 "王芳,+86 137 0013 7000,wf@example.com,四川省,成都市,wangfang,\n")
                                      .toUtf8());
    ImportWizard wizard(*archive);
    wizard.show();
    EXPECT_TRUE(wizard.grab().save(folder + QStringLiteral("/wizard-0-empty.png")));
    wizard.filePage()->setFilePath(csv);
    EXPECT_TRUE(wizard.grab().save(folder + QStringLiteral("/wizard-1-file.png")));
    wizard.next();
    EXPECT_TRUE(wizard.grab().save(folder + QStringLiteral("/wizard-2-mapping.png")));
    wizard.next();
    EXPECT_TRUE(wizard.grab().save(folder + QStringLiteral("/wizard-3-preview.png")));
    wizard.next();
    EXPECT_TRUE(wizard.grab().save(folder + QStringLiteral("/wizard-4-run.png")));
    ASSERT_TRUE(waitFor([&] { return wizard.currentId() == ImportWizard::ResultPageId; }));
    EXPECT_TRUE(wizard.grab().save(folder + QStringLiteral("/wizard-5-result.png")));

    UndoImportDialog undo(*archive);
    undo.show();
    EXPECT_TRUE(undo.grab().save(folder + QStringLiteral("/undo-dialog.png")));

    CustomerFilter filter;
    filter.quickSearch = QStringLiteral("北京");
    ExportDialog exportDialog(*archive, filter);
    exportDialog.show();
    EXPECT_TRUE(exportDialog.grab().save(folder + QStringLiteral("/export-dialog.png")));

    MainWindow window;
    window.show();
    QMenu* file = window.menuBar()->actions().value(0)->menu();
    file->popup(window.mapToGlobal(QPoint(0, 0)));
    QTest::qWait(50);
    file->grab().save(folder + QStringLiteral("/file-menu.png"));
    file->hide();

    ImportWizard broken(*archive);
    broken.show();
    broken.filePage()->setFilePath(writeFile(archive.dir.filePath(QStringLiteral("old.xls")),
                                             QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(504, '\0')));
    EXPECT_TRUE(broken.grab().save(folder + QStringLiteral("/wizard-1-error.png")));
}
