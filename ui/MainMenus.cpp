#include "MainMenus.h"

#include "MainWindowActions.h"
#include "RecentArchivesMenu.h"
#include "SharingMenu.h"

#include <QApplication>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

void MainMenus::build(QMainWindow& window, const Parts& parts)
{
    buildMenus(window, parts);
    buildToolBar(window, parts.actions);
}

void MainMenus::buildMenus(QMainWindow& window, const Parts& parts)
{
    const MainWindowActions& a = parts.actions;

    QMenu* file = window.menuBar()->addMenu(tr("&File"));
    file->addAction(a.newArchive);
    file->addAction(a.openArchive);
    RecentArchivesMenu::addTo(file, parts.openRecent);
    file->addSeparator();
    file->addAction(a.importFile);
    file->addAction(a.exportFile);
    file->addAction(a.undoImport);
    file->addSeparator();
    parts.sharing.addFileActions(file);
    file->addSeparator();
    file->addAction(a.quit);

    QMenu* edit = window.menuBar()->addMenu(tr("&Edit"));
    edit->addAction(a.find);
    edit->addAction(a.smartLists);
    edit->addAction(a.clearFilters);
    edit->addAction(a.undoMerge);

    QMenu* customer = window.menuBar()->addMenu(tr("&Customer"));
    customer->addAction(a.newCustomer);
    customer->addAction(a.editCustomer);
    customer->addAction(a.saveCustomer);
    customer->addSeparator();
    customer->addAction(a.addFollowUp);
    customer->addSeparator();
    customer->addAction(a.history);
    customer->addAction(a.deleteCustomer);
    parts.sharing.addCustomerActions(customer);

    QMenu* tools = window.menuBar()->addMenu(tr("&Tools"));
    tools->addAction(a.segments);
    tools->addAction(parts.toggleReminders);
    tools->addAction(a.lifecycle);
    tools->addAction(a.quality);
    tools->addAction(a.segmentReport);
    tools->addAction(a.recycleBin);
    tools->addAction(a.auditLog);
    tools->addAction(a.findDuplicates);
    parts.sharing.addToolActions(tools);
    tools->addAction(a.users);
    tools->addAction(a.settings);

    QMenu* help = window.menuBar()->addMenu(tr("&Help"));
    help->addAction(a.about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainMenus::buildToolBar(QMainWindow& window, const MainWindowActions& actions)
{
    QToolBar* bar = window.addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(actions.newCustomer);
    bar->addAction(actions.editCustomer);
    bar->addAction(actions.saveCustomer);
    bar->addAction(actions.addFollowUp);
    bar->addSeparator();
    bar->addAction(actions.openArchive);
}
