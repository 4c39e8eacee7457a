#include "ToolDialogLauncher.h"

#include "AccountRepository.h"
#include "Archive.h"
#include "AuditLogDialog.h"
#include "CustomerBrowser.h"
#include "DuplicatesWindow.h"
#include "ExportDialog.h"
#include "FilterBar.h"
#include "ImportWizard.h"
#include "LifecycleDialog.h"
#include "MergeHistoryDialog.h"
#include "QualityDashboard.h"
#include "RecycleBinDialog.h"
#include "SegmentDashboard.h"
#include "SegmentReportDialog.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "SmartListDialog.h"
#include "UndoImportDialog.h"
#include "UserAdminDialog.h"
#include "UserName.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>

ToolDialogLauncher::ToolDialogLauncher(QWidget* window, CustomerBrowser& browser, Hooks hooks)
    : m_window(window), m_browser(browser), m_hooks(std::move(hooks))
{
}

// --- import and export ------------------------------------------------------------------------------

void ToolDialogLauncher::importFile()
{
    Archive* archive = m_browser.archive();
    // An import may update the customer on screen: unsaved edits would then conflict with it.
    if (!archive || !m_browser.confirmLeavingEditor(true))
        return;
    ImportWizard wizard(*archive, m_window);
    QObject::connect(&wizard, &ImportWizard::archiveChanged, &m_browser,
                     &CustomerBrowser::reloadAfterBulkChange);
    wizard.exec();
    if (wizard.changedArchive()) {
        const ImportReport& report = wizard.outcome().report;
        m_browser.showStatus(tr("Imported %1 new and %2 updated record(s) from %3.")
                                 .arg(report.imported)
                                 .arg(report.updated)
                                 .arg(QFileInfo(wizard.sourcePath()).fileName()),
                             10000);
    }
}

void ToolDialogLauncher::exportFile()
{
    Archive* archive = m_browser.archive();
    if (!archive)
        return;
    FilterBar* filterBar = m_browser.filterBar();
    filterBar->flushPendingSearch(); // "the list shows now" includes what was just typed
    ExportDialog dialog(*archive, filterBar->filter(), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_browser.showStatus(
        tr("Exported %1 rows to %2")
            .arg(QLocale().toString(dialog.rowsWritten()), QDir::toNativeSeparators(dialog.exportedPath())),
        10000);
}

void ToolDialogLauncher::undoImport()
{
    Archive* archive = m_browser.archive();
    if (!archive || !m_browser.confirmLeavingEditor(true))
        return;
    UndoImportDialog dialog(*archive, m_window);
    QObject::connect(&dialog, &UndoImportDialog::archiveChanged, &m_browser,
                     &CustomerBrowser::reloadAfterBulkChange);
    dialog.exec();
}

// --- list tools -------------------------------------------------------------------------------------

void ToolDialogLauncher::showSmartLists()
{
    Archive* archive = m_browser.archive();
    if (!archive)
        return;
    FilterBar* filterBar = m_browser.filterBar();
    SmartListDialog dialog(*archive, UserName::current(), filterBar->filter().smart.value_or(SmartFilter()),
                           m_window);
    QObject::connect(&dialog, &SmartListDialog::savedListsChanged, &m_browser,
                     &CustomerBrowser::reloadSmartLists);
    if (dialog.exec() != QDialog::Accepted)
        return;
    filterBar->setSmartFilter(dialog.filter());
}

void ToolDialogLauncher::showMergeHistory()
{
    Archive* archive = m_browser.archive();
    if (!archive || !m_browser.confirmLeavingEditor(true))
        return;
    MergeHistoryDialog dialog(*archive, m_window);
    QObject::connect(&dialog, &MergeHistoryDialog::archiveChanged, &m_browser,
                     &CustomerBrowser::reloadAfterBulkChange);
    dialog.exec();
}

// --- analysis ---------------------------------------------------------------------------------------

void ToolDialogLauncher::showSegments()
{
    Archive* archive = m_browser.archive();
    if (!archive)
        return;
    // Not modal: clicking a chart element filters this window's list, which stays usable next to it.
    auto* dashboard = m_window->findChild<SegmentDashboard*>(QString(), Qt::FindDirectChildrenOnly);
    if (!dashboard) {
        dashboard = new SegmentDashboard(archive->path(), m_window);
        dashboard->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(dashboard, &SegmentDashboard::customersChosen, m_browser.filterBar(),
                         &FilterBar::setCustomerIds);
    }
    dashboard->show();
    dashboard->raise();
    dashboard->activateWindow();
}

void ToolDialogLauncher::showLifecycle()
{
    Archive* archive = m_browser.archive();
    if (!archive || !m_browser.confirmLeavingEditor(true))
        return;
    LifecycleDialog dialog(archive->path(), m_window);
    QObject::connect(&dialog, &LifecycleDialog::archiveChanged, &m_browser,
                     &CustomerBrowser::reloadAfterBulkChange);
    dialog.exec();
}

void ToolDialogLauncher::showQuality(const QString& problem)
{
    Archive* archive = m_browser.archive();
    if (!archive)
        return;
    if (!m_qualityDashboard) {
        m_qualityDashboard = new QualityDashboard(*archive, m_window);
        m_qualityDashboard->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(m_qualityDashboard, &QualityDashboard::customerActivated, &m_browser,
                         [this](qint64 id) { openCustomerFromWorkList(id); });
    }
    if (!problem.isEmpty())
        m_qualityDashboard->showNeedsAttention(problem);
    m_qualityDashboard->show(); // not modal: the work list stays open while the customers are fixed
    m_qualityDashboard->raise();
    m_qualityDashboard->activateWindow();
}

QualityDashboard* ToolDialogLauncher::qualityDashboard() const
{
    return m_qualityDashboard.data();
}

void ToolDialogLauncher::openCustomerFromWorkList(qint64 id)
{
    if (!m_browser.archive() || id <= 0 || !m_browser.confirmLeavingEditor(true))
        return;
    m_browser.showInList(id); // the filters may hide it: then it shows everything rather than nothing
    m_window->raise();
    m_window->activateWindow();
}

void ToolDialogLauncher::showSegmentReport()
{
    Archive* archive = m_browser.archive();
    if (!archive)
        return;
    // Starts from the customer list's filter, so "report on what I see" is one click.
    SegmentReportDialog dialog(archive->path(), m_browser.filterBar()->filter(), archive->users().logins(),
                               m_window);
    dialog.exec();
}

// Not modal, like the quality dashboard: merging reloads the list next to it.
void ToolDialogLauncher::showDuplicates()
{
    Archive* archive = m_browser.archive();
    if (!archive)
        return;
    auto* window = m_window->findChild<DuplicatesWindow*>(QString(), Qt::FindDirectChildrenOnly);
    if (!window) {
        window = new DuplicatesWindow(*archive, m_window);
        window->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(window, &DuplicatesWindow::archiveChanged, &m_browser,
                         &CustomerBrowser::reloadAfterBulkChange);
    }
    window->show();
    window->raise();
    window->activateWindow();
}

void ToolDialogLauncher::closeArchiveWindows()
{
    if (auto* dashboard = m_window->findChild<SegmentDashboard*>(QString(), Qt::FindDirectChildrenOnly))
        dashboard->close(); // it shows the old archive
    if (m_qualityDashboard)
        delete m_qualityDashboard; // it holds the archive
    delete m_window->findChild<DuplicatesWindow*>(QString(),
                                                  Qt::FindDirectChildrenOnly); // it holds the archive
}

// --- audit, recycle bin, users (issue 11) -----------------------------------------------------------------

void ToolDialogLauncher::showRecycleBin()
{
    Archive* archive = m_browser.archive();
    if (!archive)
        return;
    RecycleBinDialog dialog(*archive, m_window);
    QObject::connect(&dialog, &RecycleBinDialog::customerRestored, &m_browser, [this](qint64 id) {
        m_browser.reloadAfterBulkChange();
        m_browser.selectCustomer(id);
    });
    dialog.exec();
}

void ToolDialogLauncher::showAuditLog()
{
    Archive* archive = m_browser.archive();
    if (!archive)
        return;
    AuditLogDialog dialog(*archive, m_window);
    dialog.exec();
}

void ToolDialogLauncher::showUsers()
{
    Archive* archive = m_browser.archive();
    if (!archive)
        return;
    UserAdminDialog dialog(*archive, m_window);
    dialog.exec();
    // A personal archive that just got its first administrator needs sign-in from now on.
    const auto accounts = AccountRepository(archive->database().connection()).hasAccounts();
    if (!archive->database().actingUser().isSignedIn() && accounts && *accounts) {
        SignInDialog signIn(*archive, m_window);
        if (signIn.exec() != QDialog::Accepted) {
            m_hooks.closeArchive();
            return;
        }
        m_hooks.reopenArchive(); // everything again, as the signed-in user
        return;
    }
    m_browser.reloadFilterChoices(); // owners may have been added
    m_hooks.updateTitle();
}

// --- settings and about -----------------------------------------------------------------------------

void ToolDialogLauncher::showSettings()
{
    SettingsDialog dialog(m_window);
    dialog.exec();
}

void ToolDialogLauncher::showAbout()
{
    const Archive* archive = m_browser.archive();
    QMessageBox::about(
        m_window, tr("About Dossier"),
        tr("<h3>Dossier %1</h3><p>A customer archive for small sales teams: customers, contact persons, "
           "follow-ups and orders in one file.</p><p>Archive: %2</p>")
            .arg(QCoreApplication::applicationVersion(),
                 archive ? QDir::toNativeSeparators(archive->path()).toHtmlEscaped() : tr("none")));
}
