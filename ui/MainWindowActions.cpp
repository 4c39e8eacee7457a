#include "MainWindowActions.h"

#include "AccessPolicy.h"

#include <QAction>
#include <QIcon>
#include <QStyle>
#include <QWidget>

MainWindowActions::MainWindowActions(QWidget* window)
{
    const auto make =
        [window](const QString& text, const QString& objectName, const QString& iconName = QString(),
                 QStyle::StandardPixmap fallback = QStyle::SP_CustomBase, const QKeySequence& shortcut = {}) {
            auto* action = new QAction(text, window);
            action->setObjectName(objectName);
            if (!iconName.isEmpty())
                action->setIcon(QIcon::fromTheme(iconName, window->style()->standardIcon(fallback)));
            if (!shortcut.isEmpty())
                action->setShortcut(shortcut);
            return action;
        };
    const QStyle::StandardPixmap none = QStyle::SP_CustomBase;

    newArchive = make(tr("&New Archive…"), QStringLiteral("newArchiveAction"), QStringLiteral("document-new"),
                      QStyle::SP_FileDialogNewFolder);
    openArchive = make(tr("&Open Archive…"), QStringLiteral("openArchiveAction"),
                       QStringLiteral("document-open"), QStyle::SP_DialogOpenButton, QKeySequence::Open);
    quit = make(tr("&Quit"), QStringLiteral("quitAction"), QStringLiteral("application-exit"), none,
                QKeySequence(Qt::CTRL | Qt::Key_Q));
    importFile = make(tr("&Import…"), QStringLiteral("importAction"), QStringLiteral("document-import"), none,
                      QKeySequence(Qt::CTRL | Qt::Key_I));
    importFile->setStatusTip(tr("Import customers, orders or follow-ups from a CSV or Excel file"));
    exportFile =
        make(tr("&Export…"), QStringLiteral("exportAction"), QStringLiteral("document-export"), none);
    exportFile->setStatusTip(tr("Export customers, orders or follow-ups to a CSV or Excel file"));
    undoImport = make(tr("&Undo Import…"), QStringLiteral("undoImportAction"));
    newCustomer =
        make(tr("&New Customer…"), QStringLiteral("newCustomerAction"), QStringLiteral("contact-new"),
             QStyle::SP_FileIcon, QKeySequence(Qt::CTRL | Qt::Key_N));
    editCustomer =
        make(tr("&Edit Customer…"), QStringLiteral("editCustomerAction"), QStringLiteral("document-edit"),
             QStyle::SP_FileDialogDetailedView, QKeySequence(Qt::CTRL | Qt::Key_E));
    saveCustomer =
        make(tr("&Save Customer"), QStringLiteral("saveCustomerAction"), QStringLiteral("document-save"),
             QStyle::SP_DialogSaveButton, QKeySequence(Qt::CTRL | Qt::Key_S));
    addFollowUp =
        make(tr("Add &Follow-up"), QStringLiteral("addFollowUpAction"), QStringLiteral("appointment-new"),
             QStyle::SP_FileDialogContentsView, QKeySequence(Qt::CTRL | Qt::Key_L));
    find = make(tr("&Find…"), QStringLiteral("findAction"), QStringLiteral("edit-find"), none,
                QKeySequence(Qt::CTRL | Qt::Key_F));
    clearFilters = make(tr("&Clear Filters"), QStringLiteral("clearFiltersAction"));
    settings =
        make(tr("&Settings…"), QStringLiteral("settingsAction"), QStringLiteral("preferences-system"), none);
    settings->setMenuRole(QAction::PreferencesRole);
    segments = make(tr("&Segments…"), QStringLiteral("segmentsAction"));
    segments->setStatusTip(tr("Customers and revenue per RFM or ABC segment"));
    lifecycle = make(tr("&Lifecycle Suggestions…"), QStringLiteral("lifecycleAction"));
    lifecycle->setStatusTip(tr("Suggest lifecycle stages from orders and follow-ups"));
    quality = make(tr("Data &Quality…"), QStringLiteral("qualityAction"));
    quality->setStatusTip(tr("Quality scores, incomplete and stale records, and a work list to fix them"));
    smartLists = make(tr("S&mart Lists…"), QStringLiteral("smartListsAction"), QString(), none,
                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    smartLists->setStatusTip(tr("Filter the list by conditions, and save the filter for the team"));
    about = make(tr("&About Dossier"), QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);

    // Merges (issue 10): the list of recent merges, each of which can be undone.
    undoMerge = make(tr("Undo &Merge…"), QStringLiteral("undoMergeAction"));
    // Issue 11 (audit): delete to the recycle bin and the history of the selected customer.
    history = make(tr("&History…"), QStringLiteral("historyAction"));
    deleteCustomer = make(tr("&Delete Customer…"), QStringLiteral("deleteCustomerAction"));
    deleteCustomer->setShortcut(QKeySequence::Delete);
    // Only in the list (and its context menu): Delete in a text field deletes text.
    deleteCustomer->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    segmentReport = make(tr("Segment &Report…"), QStringLiteral("segmentReportAction"));
    segmentReport->setStatusTip(
        tr("Print or save a report of the customers per segment, or export a segment's members"));
    recycleBin = make(tr("Recycle &Bin…"), QStringLiteral("recycleBinAction"));
    auditLog = make(tr("&Audit Log…"), QStringLiteral("auditLogAction"));
    findDuplicates = make(tr("Find &Duplicate Customers…"), QStringLiteral("findDuplicatesAction"));
    findDuplicates->setStatusTip(
        tr("Find records that are probably the same customer, compare and merge them"));
    users = make(tr("&Users…"), QStringLiteral("usersAction"));
    users->setStatusTip(tr("Add users, set their roles, disable them or reset their passwords"));

    // Enabled like Edit (a customer is selected) or like Segments (an archive is open).
    for (QAction* action : {history, deleteCustomer}) {
        action->setEnabled(editCustomer->isEnabled());
        QObject::connect(editCustomer, &QAction::enabledChanged, action, &QAction::setEnabled);
    }
    for (QAction* action : {undoMerge, segmentReport, recycleBin, auditLog, findDuplicates}) {
        action->setEnabled(segments->isEnabled());
        QObject::connect(segments, &QAction::enabledChanged, action, &QAction::setEnabled);
    }
}

void MainWindowActions::update(const State& state)
{
    const bool open = state.archiveOpen;
    newCustomer->setEnabled(open);
    editCustomer->setEnabled(open && state.rowSelected);
    saveCustomer->setEnabled(open && state.unsavedEdits);
    addFollowUp->setEnabled(state.customerShown);
    find->setEnabled(open);
    importFile->setEnabled(open);
    exportFile->setEnabled(open);
    undoImport->setEnabled(open);
    segments->setEnabled(open);
    lifecycle->setEnabled(open);
    quality->setEnabled(open);
    smartLists->setEnabled(open);
    // What the signed-in user's role does not allow is hidden (core refuses it anyway).
    const AccessPolicy policy(state.user);
    const auto allow = [&](QAction* action, Permission permission) {
        action->setVisible(policy.allows(permission));
        if (!policy.allows(permission))
            action->setEnabled(false);
    };
    allow(newCustomer, Permission::Create);
    allow(editCustomer, Permission::Edit);
    allow(saveCustomer, Permission::Edit);
    allow(addFollowUp, Permission::Edit);
    allow(importFile, Permission::Import);
    allow(undoImport, Permission::Import);
    allow(exportFile, Permission::Export);
    allow(segments, Permission::ViewReports);
    allow(lifecycle, Permission::ViewReports);
    allow(quality, Permission::ViewReports);
    allow(users, Permission::ManageUsers);
    users->setEnabled(open && policy.allows(Permission::ManageUsers));
    if (state.customerShown && !policy.allowsOn(Permission::Edit, policy.ownerIdOf(state.shownOwner)))
        addFollowUp->setEnabled(false);
}
