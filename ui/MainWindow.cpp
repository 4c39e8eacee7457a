#include "MainWindow.h"

#include "Archive.h"
#include "ArchiveOpener.h"
#include "CustomerBrowser.h"
#include "CustomerCommands.h"
#include "CustomerDetailPane.h"
#include "CustomerEditor.h"
#include "CustomerListModel.h"
#include "DueNotifier.h"
#include "FilterBar.h"
#include "FollowUpTimeline.h"
#include "MainMenus.h"
#include "MainWindowActions.h"
#include "RecentArchives.h"
#include "ReminderDock.h"
#include "ReminderPanel.h"
#include "Role.h"
#include "SearchHighlightDelegate.h"
#include "SharingMenu.h"
#include "SignedInUser.h"
#include "StaleRecordsNotice.h"
#include "ToolDialogLauncher.h"
#include "WindowLayoutSettings.h"

#include <QAction>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    createWidgets();

    m_browser = new CustomerBrowser(m_model, m_view, m_filterBar, m_detail, this);
    m_actions = std::make_unique<MainWindowActions>(this);
    m_sharing = new SharingMenu(
        this, {[this] { return m_archive.get(); }, [this] { return currentCustomerId(); },
               [this] { return m_browser->confirmLeavingEditor(true); },
               [this](const QString& path) { return openArchive(path, Database::OpenMode::MustExist); },
               [this] { m_browser->reloadAfterBulkChange(); },
               [this](const QString& text) { statusBar()->showMessage(text, 8000); }});
    m_customers = std::make_unique<CustomerCommands>(this, *m_browser);
    m_opener = std::make_unique<ArchiveOpener>(
        this,
        ArchiveOpener::Hooks{[this] { return m_browser->confirmLeavingEditor(true); },
                             [this] { return m_archive ? m_archive->path() : QString(); },
                             [this](std::unique_ptr<Archive> archive) { setArchive(std::move(archive)); }});
    m_tools = std::make_unique<ToolDialogLauncher>(
        this, *m_browser,
        ToolDialogLauncher::Hooks{[this] { setArchive(nullptr); },
                                  [this] { setArchive(std::move(m_archive)); }, [this] { updateTitle(); }});
    m_reminders = std::make_unique<ReminderDock>(this, *m_browser);
    MainMenus::build(*this, {*m_actions, *m_sharing, m_reminders->dock()->toggleViewAction(),
                             [this](const QString& path) { m_opener->openRecent(path); }});
    connectActions();

    connect(m_browser, &CustomerBrowser::stateChanged, this, &MainWindow::updateActions);
    connect(m_browser, &CustomerBrowser::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_model, &CustomerListModel::countsChanged, this, &MainWindow::updateCounts);
    connect(m_model, &CustomerListModel::loadFailed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(m_view, &QTableView::doubleClicked, this, [this] { m_customers->editCustomer(); });
    connect(m_detail->timeline(), &FollowUpTimeline::followUpAdded, this,
            [this] { statusBar()->showMessage(tr("Follow-up added."), 4000); });
    connect(m_staleNotice, &StaleRecordsNotice::reviewRequested, this,
            [this] { m_tools->showQuality(QStringLiteral("stale")); });

    WindowLayoutSettings::restore({this, m_splitter, m_detail, m_view});
    m_view->setSortingEnabled(true); // sorts by the restored (or default) header indicator
    updateTitle();
    updateActions();
    updateCounts(0, 0);
}

MainWindow::~MainWindow()
{
    // Views and editors let go of the archive before it closes.
    m_browser->detachArchive();
    m_reminders->panel()->setArchive(nullptr);
    // Nothing the widgets signal while they are torn down reaches the helpers, which go first.
    delete m_browser;
    m_browser = nullptr;
}

// --- setup ------------------------------------------------------------------------------------------

void MainWindow::createWidgets()
{
    m_model = new CustomerListModel(this);
    m_filterBar = new FilterBar(this);
    m_filterBar->setObjectName(QStringLiteral("filterBar"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("customerView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    // Fixed row heights: the view never has to measure 200,000 rows (which would fetch them all).
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->setItemDelegate(new SearchHighlightDelegate(m_model, m_view));

    auto* listPane = new QWidget(this);
    auto* listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_filterBar);
    listLayout->addWidget(m_view, 1);

    m_detail = new CustomerDetailPane(this);
    m_detail->setObjectName(QStringLiteral("detailPane"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(listPane);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    auto* central = new QWidget(this);
    auto* centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(6, 6, 6, 0);
    m_staleNotice = new StaleRecordsNotice(this);
    centralLayout->addWidget(m_staleNotice);
    centralLayout->addWidget(m_splitter);
    setCentralWidget(central);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addPermanentWidget(m_countLabel);
}

void MainWindow::connectActions()
{
    const MainWindowActions& a = *m_actions;
    const auto on = [this](QAction* action, auto&& slot) {
        connect(action, &QAction::triggered, this, std::forward<decltype(slot)>(slot));
    };
    // File
    on(a.newArchive, [this] { m_opener->newArchive(); });
    on(a.openArchive, [this] { m_opener->openInteractively(); });
    on(a.importFile, [this] { m_tools->importFile(); });
    on(a.exportFile, [this] { m_tools->exportFile(); });
    on(a.undoImport, [this] { m_tools->undoImport(); });
    on(a.quit, [this] { close(); });
    // Edit
    connect(a.find, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);
    on(a.smartLists, [this] { m_tools->showSmartLists(); });
    on(a.clearFilters, [this] {
        m_filterBar->clear();
        m_model->setFilter(m_filterBar->filter());
    });
    on(a.undoMerge, [this] { m_tools->showMergeHistory(); });
    // Customer
    on(a.newCustomer, [this] { m_customers->newCustomer(); });
    on(a.editCustomer, [this] { m_customers->editCustomer(); });
    on(a.saveCustomer, [this] { m_customers->saveCustomer(); });
    on(a.addFollowUp, [this] { m_customers->addFollowUp(); });
    on(a.history, [this] { m_customers->showHistory(); });
    on(a.deleteCustomer, [this] { m_customers->deleteCustomer(); });
    // Tools
    on(a.segments, [this] { m_tools->showSegments(); });
    on(a.lifecycle, [this] { m_tools->showLifecycle(); });
    on(a.quality, [this] { m_tools->showQuality(); });
    on(a.segmentReport, [this] { m_tools->showSegmentReport(); });
    on(a.recycleBin, [this] { m_tools->showRecycleBin(); });
    on(a.auditLog, [this] { m_tools->showAuditLog(); });
    on(a.findDuplicates, [this] { m_tools->showDuplicates(); });
    on(a.users, [this] { m_tools->showUsers(); });
    on(a.settings, [this] { m_tools->showSettings(); });
    on(a.about, [this] { m_tools->showAbout(); });

    // The list's context menu; Delete works while the list has focus.
    m_view->addAction(a.editCustomer);
    m_view->addAction(a.addFollowUp);
    m_view->addAction(a.deleteCustomer);
}

// --- archive ----------------------------------------------------------------------------------------

void MainWindow::setArchive(std::unique_ptr<Archive> archive)
{
    // Detach everything from the old archive before it closes.
    m_tools->closeArchiveWindows();
    m_browser->detachArchive();
    m_reminders->panel()->setArchive(nullptr);
    m_archive = std::move(archive);
    if (m_archive) {
        RecentArchives::add(m_archive->path());
        SignedInUser::set(m_archive->path(), m_archive->database().actingUser()); // for the workers
    }

    m_browser->attachArchive(m_archive.get());
    m_reminders->notifier()->forget();
    m_reminders->panel()->setArchive(m_archive.get());
    updateTitle();
    updateActions();
    m_staleNotice->check(m_archive.get());
    if (m_archive)
        m_sharing->archiveOpened(); // automatic backup, stale customers back to the pool (worker thread)
}

bool MainWindow::openArchive(const QString& path, Database::OpenMode mode, QString* error)
{
    return m_opener->open(path, mode, error);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_browser->confirmLeavingEditor(true)) {
        event->ignore();
        return;
    }
    WindowLayoutSettings::save({this, m_splitter, m_detail, m_view});
    event->accept();
}

void MainWindow::updateTitle()
{
    if (m_archive && m_archive->database().actingUser().isSignedIn()) {
        const ActingUser& user = m_archive->database().actingUser();
        const auto role = Roles::fromText(user.role);
        setWindowTitle(tr("Dossier Customer Archive — %1 — %2 (%3)")
                           .arg(QFileInfo(m_archive->path()).fileName(), user.login,
                                role ? Roles::displayName(*role) : user.role));
    } else if (m_archive)
        setWindowTitle(tr("Dossier Customer Archive — %1").arg(QFileInfo(m_archive->path()).fileName()));
    else
        setWindowTitle(tr("Dossier Customer Archive"));
}

void MainWindow::updateActions()
{
    m_sharing->updateActions();
    const CustomerEditor* editor = m_detail->editor();
    MainWindowActions::State state;
    state.archiveOpen = m_archive != nullptr;
    state.rowSelected = currentCustomerId() > 0;
    state.customerShown = state.archiveOpen && m_detail->customerId() > 0;
    state.unsavedEdits = editor->hasCustomer() && editor->isModified();
    if (m_archive)
        state.user = m_archive->database().actingUser();
    if (state.customerShown)
        state.shownOwner = editor->customer().owner;
    m_actions->update(state);
}

// --- list and selection -----------------------------------------------------------------------------

QString MainWindow::countText() const
{
    return m_countLabel->text();
}

void MainWindow::updateCounts(int shown, int total)
{
    const QLocale locale;
    m_countLabel->setText(
        tr("Showing %1 of %2 customers").arg(locale.toString(shown), locale.toString(total)));
}

qint64 MainWindow::currentCustomerId() const
{
    return m_browser->currentCustomerId();
}

void MainWindow::selectCustomer(qint64 id)
{
    m_browser->selectCustomer(id);
}

ReminderPanel* MainWindow::reminderPanel() const
{
    return m_reminders->panel();
}

DueNotifier* MainWindow::dueNotifier() const
{
    return m_reminders->notifier();
}

QualityDashboard* MainWindow::qualityDashboard() const
{
    return m_tools->qualityDashboard();
}
