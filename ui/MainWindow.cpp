#include "MainWindow.h"

#include "AuditLogDialog.h"
#include "CustomerHistoryDialog.h"
#include "RecycleBin.h"
#include "RecycleBinDialog.h"

#include <tuple>

#include "AccessPolicy.h"
#include "AccountRepository.h"
#include "Archive.h"
#include "CustomerDetailPane.h"
#include "CustomerDialog.h"
#include "CustomerEditor.h"
#include "CustomerListModel.h"
#include "CustomerTaskList.h"
#include "DueNotifier.h"
#include "SearchHighlightDelegate.h"
#include "ExportDialog.h"
#include "FilterBar.h"
#include "FollowUpTimeline.h"
#include "ImportWizard.h"
#include "LifecycleDialog.h"
#include "DuplicatesWindow.h"
#include "MergeHistoryDialog.h"
#include "QualityDashboard.h"
#include "SharingMenu.h"
#include "RecentArchives.h"
#include "ReminderPanel.h"
#include "SavedFilterRepository.h"
#include "SegmentDashboard.h"
#include "SegmentReportDialog.h"
#include "SettingsDialog.h"
#include "SignInDialog.h"
#include "SignedInUser.h"
#include "SmartListDialog.h"
#include "StaleRecordsNotice.h"
#include "UndoImportDialog.h"
#include "UserAdminDialog.h"
#include "UserName.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace {
const QString archiveFileFilter()
{
    return MainWindow::tr("Dossier archives (*.sqlite *.dossier);;All files (*)");
}
} // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));

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
    connect(m_staleNotice, &StaleRecordsNotice::reviewRequested, this, [this] { showQuality(QStringLiteral("stale")); });
    centralLayout->addWidget(m_staleNotice);
    centralLayout->addWidget(m_splitter);
    setCentralWidget(central);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addPermanentWidget(m_countLabel);

    createActions();
    createReminders();
    createMenus();
    createToolBar();

    connect(m_filterBar, &FilterBar::filterChanged, this, &MainWindow::onFilterChanged);
    connect(m_model, &CustomerListModel::countsChanged, this, &MainWindow::updateCounts);
    connect(m_model, &CustomerListModel::loadFailed, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_idBeforeReset = currentCustomerId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::onModelReset);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::onCurrentRowChanged);
    connect(m_view, &QTableView::doubleClicked, this, &MainWindow::editCustomer);
    connect(m_detail->editor(), &CustomerEditor::saved, this, [this](const Customer& customer) {
        // Queued: the editor may be saving on behalf of a row change that is still being handled.
        QMetaObject::invokeMethod(this, [this, id = customer.id] { onCustomerSaved(id); }, Qt::QueuedConnection);
    });
    connect(m_detail->editor(), &CustomerEditor::modifiedChanged, this, &MainWindow::updateActions);
    connect(m_detail->timeline(), &FollowUpTimeline::followUpAdded, this,
            [this] { statusBar()->showMessage(tr("Follow-up added."), 4000); });

    restoreLayout();
    m_view->setSortingEnabled(true); // sorts by the restored (or default) header indicator
    updateTitle();
    updateActions();
    updateCounts(0, 0);
}

MainWindow::~MainWindow()
{
    // Views and editors let go of the archive before it closes.
    m_model->setArchive(nullptr);
    m_detail->setArchive(nullptr);
    m_reminders->setArchive(nullptr);
}

// --- setup ------------------------------------------------------------------------------------------

void MainWindow::createActions()
{
    const auto make = [this](const QString& text, const QString& objectName, const QString& iconName,
                             QStyle::StandardPixmap fallback, const QKeySequence& shortcut = {}) {
        auto* action = new QAction(text, this);
        action->setObjectName(objectName);
        if (!iconName.isEmpty())
            action->setIcon(QIcon::fromTheme(iconName, style()->standardIcon(fallback)));
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        return action;
    };
    const QStyle::StandardPixmap none = QStyle::SP_CustomBase;

    m_newArchiveAction = make(tr("&New Archive…"), QStringLiteral("newArchiveAction"), QStringLiteral("document-new"),
                              QStyle::SP_FileDialogNewFolder);
    m_openArchiveAction = make(tr("&Open Archive…"), QStringLiteral("openArchiveAction"),
                               QStringLiteral("document-open"), QStyle::SP_DialogOpenButton, QKeySequence::Open);
    m_quitAction = make(tr("&Quit"), QStringLiteral("quitAction"), QStringLiteral("application-exit"), none,
                        QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_importAction = make(tr("&Import…"), QStringLiteral("importAction"), QStringLiteral("document-import"), none,
                          QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setStatusTip(tr("Import customers, orders or follow-ups from a CSV or Excel file"));
    m_exportAction = make(tr("&Export…"), QStringLiteral("exportAction"), QStringLiteral("document-export"), none);
    m_exportAction->setStatusTip(tr("Export customers, orders or follow-ups to a CSV or Excel file"));
    m_undoImportAction = make(tr("&Undo Import…"), QStringLiteral("undoImportAction"), QString(), none);
    m_newCustomerAction = make(tr("&New Customer…"), QStringLiteral("newCustomerAction"), QStringLiteral("contact-new"),
                               QStyle::SP_FileIcon, QKeySequence(Qt::CTRL | Qt::Key_N));
    m_editCustomerAction = make(tr("&Edit Customer…"), QStringLiteral("editCustomerAction"),
                                QStringLiteral("document-edit"), QStyle::SP_FileDialogDetailedView,
                                QKeySequence(Qt::CTRL | Qt::Key_E));
    m_saveCustomerAction = make(tr("&Save Customer"), QStringLiteral("saveCustomerAction"),
                                QStringLiteral("document-save"), QStyle::SP_DialogSaveButton,
                                QKeySequence(Qt::CTRL | Qt::Key_S));
    m_addFollowUpAction = make(tr("Add &Follow-up"), QStringLiteral("addFollowUpAction"),
                               QStringLiteral("appointment-new"), QStyle::SP_FileDialogContentsView,
                               QKeySequence(Qt::CTRL | Qt::Key_L));
    m_findAction = make(tr("&Find…"), QStringLiteral("findAction"), QStringLiteral("edit-find"), none,
                        QKeySequence(Qt::CTRL | Qt::Key_F));
    m_clearFiltersAction = make(tr("&Clear Filters"), QStringLiteral("clearFiltersAction"), QString(), none);
    m_settingsAction = make(tr("&Settings…"), QStringLiteral("settingsAction"), QStringLiteral("preferences-system"),
                            none);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_segmentsAction = make(tr("&Segments…"), QStringLiteral("segmentsAction"), QString(), none);
    m_segmentsAction->setStatusTip(tr("Customers and revenue per RFM or ABC segment"));
    m_lifecycleAction = make(tr("&Lifecycle Suggestions…"), QStringLiteral("lifecycleAction"), QString(), none);
    m_lifecycleAction->setStatusTip(tr("Suggest lifecycle stages from orders and follow-ups"));
    m_qualityAction = make(tr("Data &Quality…"), QStringLiteral("qualityAction"), QString(), none);
    m_qualityAction->setStatusTip(tr("Quality scores, incomplete and stale records, and a work list to fix them"));
    m_smartListsAction = make(tr("S&mart Lists…"), QStringLiteral("smartListsAction"), QString(), none,
                              QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_smartListsAction->setStatusTip(tr("Filter the list by conditions, and save the filter for the team"));
    m_aboutAction = make(tr("&About Dossier"), QStringLiteral("aboutAction"), QString(), none);
    m_aboutAction->setMenuRole(QAction::AboutRole);

    connect(m_newArchiveAction, &QAction::triggered, this, &MainWindow::newArchive);
    connect(m_openArchiveAction, &QAction::triggered, this, &MainWindow::openArchiveInteractively);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_importAction, &QAction::triggered, this, &MainWindow::importFile);
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::exportFile);
    connect(m_undoImportAction, &QAction::triggered, this, &MainWindow::undoImport);
    connect(m_newCustomerAction, &QAction::triggered, this, &MainWindow::newCustomer);
    connect(m_editCustomerAction, &QAction::triggered, this, &MainWindow::editCustomer);
    connect(m_saveCustomerAction, &QAction::triggered, this, &MainWindow::saveCustomer);
    connect(m_addFollowUpAction, &QAction::triggered, this, &MainWindow::addFollowUp);
    connect(m_findAction, &QAction::triggered, m_filterBar, &FilterBar::focusSearch);
    connect(m_clearFiltersAction, &QAction::triggered, this, [this] {
        m_filterBar->clear();
        onFilterChanged(m_filterBar->filter());
    });
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_segmentsAction, &QAction::triggered, this, &MainWindow::showSegments);
    connect(m_lifecycleAction, &QAction::triggered, this, &MainWindow::showLifecycle);
    connect(m_qualityAction, &QAction::triggered, this, [this] { showQuality(); });
    connect(m_smartListsAction, &QAction::triggered, this, &MainWindow::showSmartLists);

    m_view->addAction(m_editCustomerAction);
    m_view->addAction(m_addFollowUpAction);

    m_sharing = new SharingMenu(this, {[this] { return m_archive.get(); }, [this] { return currentCustomerId(); },
                                       [this] { return confirmLeavingEditor(true); },
                                       [this](const QString& path) { return openArchive(path, Database::OpenMode::MustExist); },
                                       [this] { reloadAfterBulkChange(); },
                                       [this](const QString& text) { statusBar()->showMessage(text, 8000); }});
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newArchiveAction);
    file->addAction(m_openArchiveAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();
    file->addSeparator();
    file->addAction(m_importAction);
    file->addAction(m_exportAction);
    file->addAction(m_undoImportAction);
    file->addSeparator();
    m_sharing->addFileActions(file);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_findAction);
    edit->addAction(m_smartListsAction);
    edit->addAction(m_clearFiltersAction);
    // Merges (issue 10): the list of recent merges, each of which can be undone.
    QAction* undoMerge = edit->addAction(tr("Undo &Merge…"), this, [this] {
        if (!m_archive || !confirmLeavingEditor(true))
            return;
        MergeHistoryDialog dialog(*m_archive, this);
        connect(&dialog, &MergeHistoryDialog::archiveChanged, this, &MainWindow::reloadAfterBulkChange);
        dialog.exec();
    });
    undoMerge->setObjectName(QStringLiteral("undoMergeAction"));
    undoMerge->setEnabled(m_segmentsAction->isEnabled());
    connect(m_segmentsAction, &QAction::enabledChanged, undoMerge, &QAction::setEnabled);

    QMenu* customer = menuBar()->addMenu(tr("&Customer"));
    customer->addAction(m_newCustomerAction);
    customer->addAction(m_editCustomerAction);
    customer->addAction(m_saveCustomerAction);
    customer->addSeparator();
    customer->addAction(m_addFollowUpAction);
    // Issue 11 (audit): delete to the recycle bin and the history; enabled like Edit (a customer is selected).
    customer->addSeparator();
    for (auto [text, name, slot] : {std::tuple{tr("&History…"), "historyAction", &MainWindow::showHistory},
                                    std::tuple{tr("&Delete Customer…"), "deleteCustomerAction", &MainWindow::deleteCustomer}}) {
        QAction* action = customer->addAction(text, this, slot);
        action->setObjectName(QString::fromLatin1(name));
        action->setEnabled(m_editCustomerAction->isEnabled());
        connect(m_editCustomerAction, &QAction::enabledChanged, action, &QAction::setEnabled);
        if (slot == &MainWindow::deleteCustomer) {
            action->setShortcut(QKeySequence::Delete);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
            m_view->addAction(action);
        }
    }
    m_sharing->addCustomerActions(customer);

    QMenu* tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(m_segmentsAction);
    tools->addAction(m_reminderDock->toggleViewAction());
    tools->addAction(m_lifecycleAction);
    tools->addAction(m_qualityAction);
    QAction* report = tools->addAction(tr("Segment &Report…"), this, &MainWindow::showSegmentReport);
    report->setObjectName(QStringLiteral("segmentReportAction"));
    report->setStatusTip(tr("Print or save a report of the customers per segment, or export a segment's members"));
    report->setEnabled(m_segmentsAction->isEnabled());
    connect(m_segmentsAction, &QAction::enabledChanged, report, &QAction::setEnabled);
    for (auto [text, name, slot] : {std::tuple{tr("Recycle &Bin…"), "recycleBinAction", &MainWindow::showRecycleBin},
                                    std::tuple{tr("&Audit Log…"), "auditLogAction", &MainWindow::showAuditLog}}) {
        QAction* action = tools->addAction(text, this, slot);
        action->setObjectName(QString::fromLatin1(name));
        action->setEnabled(m_segmentsAction->isEnabled()); // enabled while an archive is open
        connect(m_segmentsAction, &QAction::enabledChanged, action, &QAction::setEnabled);
    }
    // Not modal, like the quality dashboard: merging reloads the list next to it.
    QAction* duplicates = tools->addAction(tr("Find &Duplicate Customers…"), this, [this] {
        if (!m_archive)
            return;
        auto* window = findChild<DuplicatesWindow*>(QString(), Qt::FindDirectChildrenOnly);
        if (!window) {
            window = new DuplicatesWindow(*m_archive, this);
            window->setAttribute(Qt::WA_DeleteOnClose);
            connect(window, &DuplicatesWindow::archiveChanged, this, &MainWindow::reloadAfterBulkChange);
        }
        window->show();
        window->raise();
        window->activateWindow();
    });
    duplicates->setObjectName(QStringLiteral("findDuplicatesAction"));
    duplicates->setStatusTip(tr("Find records that are probably the same customer, compare and merge them"));
    duplicates->setEnabled(m_segmentsAction->isEnabled());
    connect(m_segmentsAction, &QAction::enabledChanged, duplicates, &QAction::setEnabled);
    m_sharing->addToolActions(tools);
    m_usersAction = tools->addAction(tr("&Users…"), this, &MainWindow::showUsers);
    m_usersAction->setObjectName(QStringLiteral("usersAction"));
    m_usersAction->setStatusTip(tr("Add users, set their roles, disable them or reset their passwords"));
    tools->addAction(m_settingsAction);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createToolBar()
{
    QToolBar* bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_newCustomerAction);
    bar->addAction(m_editCustomerAction);
    bar->addAction(m_saveCustomerAction);
    bar->addAction(m_addFollowUpAction);
    bar->addSeparator();
    bar->addAction(m_openArchiveAction);
}

void MainWindow::restoreLayout()
{
    const QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1320, 820);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    if (!m_splitter->restoreState(settings.value(QStringLiteral("mainWindow/splitter")).toByteArray()))
        m_splitter->setSizes({760, 560});
    if (!m_detail->splitter()->restoreState(settings.value(QStringLiteral("mainWindow/detailSplitter")).toByteArray()))
        m_detail->splitter()->setSizes({440, 340});

    QHeaderView* header = m_view->horizontalHeader();
    if (!header->restoreState(settings.value(QStringLiteral("customerList/header")).toByteArray())) {
        // Room for typical content; measuring real rows would fetch pages just to size columns.
        const QFontMetrics fm(m_view->font());
        const auto width = [&](const QString& sample, int column) {
            const int title = fm.horizontalAdvance(m_model->headerData(column, Qt::Horizontal).toString()) + 28;
            return std::max(fm.horizontalAdvance(sample) + 16, title);
        };
        using C = CustomerListModel;
        QString longestKind;
        for (CustomerKind kind : CustomerKinds::all)
            longestKind = std::max(longestKind, CustomerKinds::displayName(kind),
                                   [&](const QString& a, const QString& b) { return fm.horizontalAdvance(a) < fm.horizontalAdvance(b); });
        QString longestStage;
        for (CustomerStage stage : CustomerStages::all)
            longestStage = std::max(longestStage, CustomerStages::displayName(stage),
                                    [&](const QString& a, const QString& b) { return fm.horizontalAdvance(a) < fm.horizontalAdvance(b); });
        header->resizeSection(C::Code, width(QStringLiteral("C0000000"), C::Code));
        header->resizeSection(C::Name, width(QStringLiteral("北京华夏科技发展有限公司"), C::Name));
        header->resizeSection(C::Kind, width(longestKind, C::Kind));
        header->resizeSection(C::Stage, width(longestStage, C::Stage));
        header->resizeSection(C::Owner, width(QStringLiteral("zhangwei"), C::Owner));
        header->resizeSection(C::Province, width(QStringLiteral("黑龙江省"), C::Province));
        header->resizeSection(C::City, width(QStringLiteral("乌鲁木齐市"), C::City));
        header->resizeSection(C::Industry, width(QStringLiteral("电子商务服务"), C::Industry));
        header->resizeSection(C::Level, width(QStringLiteral("VIP"), C::Level));
        header->resizeSection(C::Phone, width(QStringLiteral("138 0013 8000"), C::Phone));
        header->resizeSection(C::UpdatedAt, width(QStringLiteral("2024-12-31 23:59"), C::UpdatedAt));
        header->setSortIndicator(C::Name, Qt::AscendingOrder);
    }
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    settings.setValue(QStringLiteral("mainWindow/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("mainWindow/detailSplitter"), m_detail->splitter()->saveState());
    settings.setValue(QStringLiteral("customerList/header"), m_view->horizontalHeader()->saveState());
}

void MainWindow::createReminders()
{
    m_reminders = new ReminderPanel(this);
    m_reminders->setObjectName(QStringLiteral("reminderPanel"));
    m_reminderDock = new QDockWidget(tr("Reminders"), this);
    m_reminderDock->setObjectName(QStringLiteral("reminderDock"));
    m_reminderDock->setWidget(m_reminders);
    m_reminderDock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    addDockWidget(Qt::BottomDockWidgetArea, m_reminderDock);
    // A few rows by default, so the customer editor keeps its room; a saved layout overrides this.
    resizeDocks({m_reminderDock}, {fontMetrics().lineSpacing() * 10}, Qt::Vertical);
    m_notifier = new DueNotifier(this);

    connect(m_reminders, &ReminderPanel::customerActivated, this, &MainWindow::showCustomerFromReminder);
    connect(m_reminders, &ReminderPanel::refreshed, m_notifier, &DueNotifier::notify);
    connect(m_reminders, &ReminderPanel::taskCompleted, this, [this](qint64 customerId) {
        if (m_detail->customerId() == customerId) {
            m_detail->timeline()->reload();
            m_detail->tasks()->reload();
        }
        statusBar()->showMessage(tr("Task done; follow-up logged."), 4000);
    });
    connect(m_notifier, &DueNotifier::activated, this, [this] {
        showNormal();
        raise();
        activateWindow();
        m_reminderDock->show();
    });
    // What the detail pane changes can change what is due.
    connect(m_detail->tasks(), &CustomerTaskList::tasksChanged, m_reminders, &ReminderPanel::refresh);
    connect(m_detail->timeline(), &FollowUpTimeline::followUpAdded, m_reminders, &ReminderPanel::refresh);
    connect(m_detail->editor(), &CustomerEditor::saved, m_reminders, &ReminderPanel::refresh);
}

void MainWindow::showCustomerFromReminder(qint64 id)
{
    if (!m_archive || id <= 0 || !confirmLeavingEditor(true))
        return;
    if (m_model->rowOfId(id) < 0) {
        // The filter hides the customer: show everything rather than nothing.
        m_filterBar->clear();
        m_model->setFilter(m_filterBar->filter());
    }
    selectCustomer(id);
}

// --- archive ----------------------------------------------------------------------------------------

void MainWindow::setArchive(std::unique_ptr<Archive> archive)
{
    // Detach everything from the old archive before it closes.
    if (auto* dashboard = findChild<SegmentDashboard*>(QString(), Qt::FindDirectChildrenOnly))
        dashboard->close(); // it shows the old archive
    if (m_qualityDashboard)
        delete m_qualityDashboard; // it holds the archive
    delete findChild<DuplicatesWindow*>(QString(), Qt::FindDirectChildrenOnly); // it holds the archive
    m_model->setArchive(nullptr);
    m_detail->setArchive(nullptr);
    m_reminders->setArchive(nullptr);
    m_archive = std::move(archive);
    if (m_archive) {
        RecentArchives::add(m_archive->path());
        SignedInUser::set(m_archive->path(), m_archive->database().actingUser()); // for the workers
    }

    m_filterBar->clear();
    reloadFilterChoices();
    m_detail->setArchive(m_archive.get());
    m_model->setFilter(m_filterBar->filter()); // also attaches below
    m_model->setArchive(m_archive.get());
    m_notifier->forget();
    m_reminders->setArchive(m_archive.get());
    updateTitle();
    updateActions();
    m_staleNotice->check(m_archive.get());
    if (m_archive)
        m_sharing->archiveOpened(); // automatic backup, stale customers back to the pool (worker thread)
}

bool MainWindow::openArchive(const QString& path, Database::OpenMode mode, QString* error)
{
    auto opened = Archive::open(path, mode);
    if (!opened) {
        if (error)
            *error = opened.error();
        return false;
    }
    // An archive with users opens only for someone signed in; cancelling leaves the current one open.
    if (!SignInDialog::signInIfNeeded(**opened, this, error))
        return false;
    setArchive(std::move(opened).value());
    return true;
}

void MainWindow::newArchive()
{
    if (!confirmLeavingEditor(true))
        return;
    QString path = QFileDialog::getSaveFileName(this, tr("New Archive"), QString(), archiveFileFilter(), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        // Never replace a file: it may be somebody's archive.
        QMessageBox::warning(this, tr("New Archive"),
                             tr("%1 already exists. Choose another name, or use Open to open it.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    QString error;
    if (!openArchive(path, Database::OpenMode::CreateIfMissing, &error))
        QMessageBox::warning(this, tr("New Archive"), error);
}

void MainWindow::openArchiveInteractively()
{
    if (!confirmLeavingEditor(true))
        return;
    const QString start = m_archive ? QFileInfo(m_archive->path()).absolutePath() : QString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Archive"), start, archiveFileFilter());
    if (path.isEmpty())
        return;
    QString error;
    if (!openArchive(path, Database::OpenMode::MustExist, &error) && !error.isEmpty())
        QMessageBox::warning(this, tr("Open Archive"), error);
}

void MainWindow::openRecent(const QString& path)
{
    if (!confirmLeavingEditor(true))
        return;
    QString error;
    if (!openArchive(path, Database::OpenMode::MustExist, &error) && !error.isEmpty()) {
        QMessageBox::warning(this, tr("Open Archive"), error);
        if (!QFileInfo::exists(path))
            RecentArchives::remove(path);
    }
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = RecentArchives::list();
    for (int i = 0; i < paths.size(); ++i) {
        const QString& path = paths[i];
        // "&1 name.sqlite" with the full path as tooltip: names alone can repeat across folders.
        QAction* action = m_recentMenu->addAction(
            QStringLiteral("&%1  %2").arg(i + 1).arg(QFileInfo(path).fileName()), this, [this, path] { openRecent(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (paths.isEmpty()) {
        m_recentMenu->addAction(tr("No recent archives"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), this, [] { RecentArchives::clear(); });
    }
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

void MainWindow::reloadFilterChoices()
{
    if (!m_archive) {
        m_filterBar->setChoices({}, {}, {});
        return;
    }
    CustomerRepository& customers = m_archive->customers();
    m_filterBar->setChoices(customers.owners(), customers.tags(), customers.provinces());
    reloadSmartLists();
}

void MainWindow::reloadSmartLists()
{
    if (!m_archive) {
        m_filterBar->setSmartLists({});
        return;
    }
    const auto lists = SavedFilterRepository(m_archive->database().connection()).visibleTo(UserName::current());
    m_filterBar->setSmartLists(lists ? *lists : QList<SavedFilter>());
}

// --- list and selection -----------------------------------------------------------------------------

QString MainWindow::countText() const
{
    return m_countLabel->text();
}

void MainWindow::updateCounts(int shown, int total)
{
    const QLocale locale;
    m_countLabel->setText(tr("Showing %1 of %2 customers").arg(locale.toString(shown), locale.toString(total)));
}

void MainWindow::onFilterChanged(const CustomerFilter& filter)
{
    m_model->setFilter(filter);
}

qint64 MainWindow::currentCustomerId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void MainWindow::selectCustomer(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    // Column 0: scrolling to it never pushes the first columns out of sight horizontally.
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void MainWindow::onModelReset()
{
    // Keep the customer being looked at when it is still listed; otherwise start at the top, unless the
    // editor holds unsaved changes to a customer the filter now hides.
    if (m_model->rowOfId(m_idBeforeReset) >= 0) {
        selectCustomer(m_idBeforeReset);
    } else if (!m_detail->editor()->isModified()) {
        if (m_model->rowCount() > 0)
            selectCustomer(m_model->idAt(0));
        else
            m_detail->showCustomer(0);
    }
    updateActions();
}

void MainWindow::onCurrentRowChanged()
{
    if (m_switchingRows)
        return;
    const qint64 id = currentCustomerId();
    if (id != 0 && id == m_detail->customerId())
        return;
    m_switchingRows = true;
    if (id == 0) {
        if (!m_detail->editor()->isModified())
            m_detail->showCustomer(0);
    } else {
        confirmLeavingEditor(false);
        m_detail->showCustomer(id);
    }
    m_switchingRows = false;
    updateActions();
}

bool MainWindow::confirmLeavingEditor(bool allowCancel)
{
    CustomerEditor* editor = m_detail->editor();
    if (!editor->hasCustomer() || !editor->isModified())
        return true;
    QMessageBox::StandardButtons buttons = QMessageBox::Save | QMessageBox::Discard;
    if (allowCancel)
        buttons |= QMessageBox::Cancel;
    const QString name = editor->customer().name.trimmed();
    const auto answer = QMessageBox::question(this, tr("Unsaved Changes"),
                                              tr("Save the changes to %1?").arg(name.isEmpty() ? tr("the customer") : name),
                                              buttons, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return editor->save() || !allowCancel;
    return true;
}

void MainWindow::updateActions()
{
    const bool open = m_archive != nullptr;
    m_sharing->updateActions();
    const bool hasCustomer = open && m_detail->customerId() > 0;
    m_newCustomerAction->setEnabled(open);
    m_editCustomerAction->setEnabled(open && currentCustomerId() > 0);
    m_saveCustomerAction->setEnabled(open && m_detail->editor()->hasCustomer() && m_detail->editor()->isModified());
    m_addFollowUpAction->setEnabled(hasCustomer);
    m_findAction->setEnabled(open);
    m_importAction->setEnabled(open);
    m_exportAction->setEnabled(open);
    m_undoImportAction->setEnabled(open);
    m_segmentsAction->setEnabled(open);
    m_lifecycleAction->setEnabled(open);
    m_qualityAction->setEnabled(open);
    m_smartListsAction->setEnabled(open);
    // What the signed-in user's role does not allow is hidden (core refuses it anyway).
    const AccessPolicy policy(open ? m_archive->database().actingUser() : ActingUser{});
    const auto allow = [&](QAction* action, Permission permission) {
        action->setVisible(policy.allows(permission));
        if (!policy.allows(permission))
            action->setEnabled(false);
    };
    allow(m_newCustomerAction, Permission::Create);
    allow(m_editCustomerAction, Permission::Edit);
    allow(m_saveCustomerAction, Permission::Edit);
    allow(m_addFollowUpAction, Permission::Edit);
    allow(m_importAction, Permission::Import);
    allow(m_undoImportAction, Permission::Import);
    allow(m_exportAction, Permission::Export);
    allow(m_segmentsAction, Permission::ViewReports);
    allow(m_lifecycleAction, Permission::ViewReports);
    allow(m_qualityAction, Permission::ViewReports);
    allow(m_usersAction, Permission::ManageUsers);
    m_usersAction->setEnabled(open && policy.allows(Permission::ManageUsers));
    if (hasCustomer && !policy.allowsOn(Permission::Edit, policy.ownerIdOf(m_detail->editor()->customer().owner)))
        m_addFollowUpAction->setEnabled(false);
}

// --- customer actions -------------------------------------------------------------------------------

void MainWindow::newCustomer()
{
    if (!m_archive)
        return;
    CustomerDialog dialog(*m_archive, 0, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 id = dialog.savedCustomer().id;
    reloadFilterChoices();
    m_model->refresh();
    if (m_model->rowOfId(id) < 0) {
        // The filter hides the new customer; show everything rather than leave the user wondering.
        m_filterBar->clear();
        m_model->setFilter(m_filterBar->filter());
    }
    selectCustomer(id);
    statusBar()->showMessage(tr("Added %1.").arg(dialog.savedCustomer().name), 4000);
}

void MainWindow::editCustomer()
{
    const qint64 id = currentCustomerId();
    if (!m_archive || id <= 0)
        return;
    if (m_detail->customerId() == id && !confirmLeavingEditor(true))
        return;
    CustomerDialog dialog(*m_archive, id, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_detail->showCustomer(id);
    onCustomerSaved(id);
}

void MainWindow::saveCustomer()
{
    m_detail->editor()->save();
    updateActions();
}

void MainWindow::onCustomerSaved(qint64 id)
{
    reloadFilterChoices();
    m_model->refresh(); // the row may move (new name) or leave the filter
    if (m_model->rowOfId(id) >= 0 && currentCustomerId() != id && !m_detail->editor()->isModified())
        selectCustomer(id);
    updateActions();
    statusBar()->showMessage(tr("Saved."), 4000);
}

void MainWindow::addFollowUp()
{
    if (m_detail->customerId() <= 0)
        return;
    m_detail->timeline()->focusContent();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Dossier"),
        tr("<h3>Dossier %1</h3><p>A customer archive for small sales teams: customers, contact persons, "
           "follow-ups and orders in one file.</p><p>Archive: %2</p>")
            .arg(QCoreApplication::applicationVersion(),
                 m_archive ? QDir::toNativeSeparators(m_archive->path()).toHtmlEscaped() : tr("none")));
}

// --- import and export ------------------------------------------------------------------------------

void MainWindow::importFile()
{
    // An import may update the customer on screen: unsaved edits would then conflict with it.
    if (!m_archive || !confirmLeavingEditor(true))
        return;
    ImportWizard wizard(*m_archive, this);
    connect(&wizard, &ImportWizard::archiveChanged, this, &MainWindow::reloadAfterBulkChange);
    wizard.exec();
    if (wizard.changedArchive()) {
        const ImportReport& report = wizard.outcome().report;
        statusBar()->showMessage(tr("Imported %1 new and %2 updated record(s) from %3.")
                                     .arg(report.imported)
                                     .arg(report.updated)
                                     .arg(QFileInfo(wizard.sourcePath()).fileName()),
                                 10000);
    }
}

void MainWindow::exportFile()
{
    if (!m_archive)
        return;
    m_filterBar->flushPendingSearch(); // "the list shows now" includes what was just typed
    ExportDialog dialog(*m_archive, m_filterBar->filter(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    statusBar()->showMessage(tr("Exported %1 rows to %2")
                                 .arg(QLocale().toString(dialog.rowsWritten()),
                                      QDir::toNativeSeparators(dialog.exportedPath())),
                             10000);
}

void MainWindow::undoImport()
{
    if (!m_archive || !confirmLeavingEditor(true))
        return;
    UndoImportDialog dialog(*m_archive, this);
    connect(&dialog, &UndoImportDialog::archiveChanged, this, &MainWindow::reloadAfterBulkChange);
    dialog.exec();
}

void MainWindow::showSegments()
{
    if (!m_archive)
        return;
    // Not modal: clicking a chart element filters this window's list, which stays usable next to it.
    auto* dashboard = findChild<SegmentDashboard*>(QString(), Qt::FindDirectChildrenOnly);
    if (!dashboard) {
        dashboard = new SegmentDashboard(m_archive->path(), this);
        dashboard->setAttribute(Qt::WA_DeleteOnClose);
        connect(dashboard, &SegmentDashboard::customersChosen, this, [this](const QString& label, const QList<qint64>& ids) {
            m_filterBar->setCustomerIds(label, ids);
        });
    }
    dashboard->show();
    dashboard->raise();
    dashboard->activateWindow();
}

void MainWindow::showLifecycle()
{
    if (!m_archive || !confirmLeavingEditor(true))
        return;
    LifecycleDialog dialog(m_archive->path(), this);
    connect(&dialog, &LifecycleDialog::archiveChanged, this, &MainWindow::reloadAfterBulkChange);
    dialog.exec();
}

void MainWindow::showQuality(const QString& problem)
{
    if (!m_archive)
        return;
    if (!m_qualityDashboard) {
        m_qualityDashboard = new QualityDashboard(*m_archive, this);
        m_qualityDashboard->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_qualityDashboard, &QualityDashboard::customerActivated, this, &MainWindow::openCustomerFromWorkList);
    }
    if (!problem.isEmpty())
        m_qualityDashboard->showNeedsAttention(problem);
    m_qualityDashboard->show(); // not modal: the work list stays open while the customers are fixed
    m_qualityDashboard->raise();
    m_qualityDashboard->activateWindow();
}

QualityDashboard* MainWindow::qualityDashboard() const
{
    return m_qualityDashboard.data();
}

void MainWindow::openCustomerFromWorkList(qint64 id)
{
    if (!m_archive || id <= 0 || !confirmLeavingEditor(true))
        return;
    if (m_model->rowOfId(id) < 0) {
        // The filters hide it: show everything rather than nothing.
        m_filterBar->clear();
        m_model->setFilter(m_filterBar->filter());
    }
    selectCustomer(id);
    raise();
    activateWindow();
}

void MainWindow::showSmartLists()
{
    if (!m_archive)
        return;
    SmartListDialog dialog(*m_archive, UserName::current(), m_filterBar->filter().smart.value_or(SmartFilter()), this);
    connect(&dialog, &SmartListDialog::savedListsChanged, this, &MainWindow::reloadSmartLists);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_filterBar->setSmartFilter(dialog.filter());
}

void MainWindow::showSegmentReport()
{
    if (!m_archive)
        return;
    // Starts from the customer list's filter, so "report on what I see" is one click.
    SegmentReportDialog dialog(m_archive->path(), m_filterBar->filter(), m_archive->users().logins(), this);
    dialog.exec();
}

void MainWindow::reloadAfterBulkChange()
{
    reloadFilterChoices();
    m_model->refresh();
    // The customer on screen may have been changed or removed by the import.
    if (!m_detail->editor()->isModified()) {
        const qint64 shown = m_detail->customerId();
        if (shown > 0 && m_model->rowOfId(shown) >= 0)
            m_detail->showCustomer(shown);
        else if (m_model->rowCount() > 0)
            selectCustomer(m_model->idAt(0));
        else
            m_detail->showCustomer(0);
    }
    updateActions();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!confirmLeavingEditor(true)) {
        event->ignore();
        return;
    }
    saveLayout();
    event->accept();
}

// --- audit, history, recycle bin (issue 11) ---------------------------------------------------------------

void MainWindow::deleteCustomer()
{
    const qint64 id = currentCustomerId();
    if (!m_archive || id <= 0)
        return;
    const auto customer = m_archive->customers().findById(id);
    if (!customer)
        return;
    if (QMessageBox::question(this, tr("Delete Customer"),
                              tr("Move %1 (%2) with its contacts, follow-ups, orders and tasks to the recycle bin?\n"
                                 "It can be restored from Tools ▸ Recycle Bin.")
                                  .arg(customer->name, customer->code),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    const auto moved = RecycleBin(m_archive->database().connection()).moveToBin(id);
    if (!moved) {
        QMessageBox::warning(this, tr("Delete Customer"), moved.error());
        return;
    }
    if (m_detail->customerId() == id)
        m_detail->showCustomer(0); // its unsaved edits, if any, went to the bin with it
    reloadAfterBulkChange();
    statusBar()->showMessage(tr("%1 moved to the recycle bin.").arg(customer->name), 6000);
}

void MainWindow::showHistory()
{
    const qint64 id = currentCustomerId();
    if (!m_archive || id <= 0 || !confirmLeavingEditor(true))
        return;
    CustomerHistoryDialog dialog(*m_archive, id, this);
    connect(&dialog, &CustomerHistoryDialog::customerChanged, this, [this](qint64 changed) {
        m_detail->showCustomer(changed);
        onCustomerSaved(changed);
    });
    dialog.exec();
}

void MainWindow::showRecycleBin()
{
    if (!m_archive)
        return;
    RecycleBinDialog dialog(*m_archive, this);
    connect(&dialog, &RecycleBinDialog::customerRestored, this, [this](qint64 id) {
        reloadAfterBulkChange();
        selectCustomer(id);
    });
    dialog.exec();
}

void MainWindow::showAuditLog()
{
    if (!m_archive)
        return;
    AuditLogDialog dialog(*m_archive, this);
    dialog.exec();
}

void MainWindow::showUsers()
{
    if (!m_archive)
        return;
    UserAdminDialog dialog(*m_archive, this);
    dialog.exec();
    // A personal archive that just got its first administrator needs sign-in from now on.
    const auto accounts = AccountRepository(m_archive->database().connection()).hasAccounts();
    if (!m_archive->database().actingUser().isSignedIn() && accounts && *accounts) {
        SignInDialog signIn(*m_archive, this);
        if (signIn.exec() != QDialog::Accepted) {
            setArchive(nullptr);
            return;
        }
        setArchive(std::move(m_archive)); // everything again, as the signed-in user
        return;
    }
    reloadFilterChoices(); // owners may have been added
    updateTitle();
}
