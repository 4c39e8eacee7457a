#include "ReminderDock.h"

#include "CustomerBrowser.h"
#include "CustomerDetailPane.h"
#include "CustomerEditor.h"
#include "CustomerTaskList.h"
#include "DueNotifier.h"
#include "FollowUpTimeline.h"
#include "ReminderPanel.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>

ReminderDock::ReminderDock(QMainWindow* window, CustomerBrowser& browser)
{
    m_panel = new ReminderPanel(window);
    m_panel->setObjectName(QStringLiteral("reminderPanel"));
    m_dock = new QDockWidget(tr("Reminders"), window);
    m_dock->setObjectName(QStringLiteral("reminderDock"));
    m_dock->setWidget(m_panel);
    m_dock->toggleViewAction()->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    window->addDockWidget(Qt::BottomDockWidgetArea, m_dock);
    // A few rows by default, so the customer editor keeps its room; a saved layout overrides this.
    window->resizeDocks({m_dock}, {window->fontMetrics().lineSpacing() * 10}, Qt::Vertical);
    m_notifier = new DueNotifier(window);

    // The connections hold no pointer to this object, which only names the widgets.
    CustomerBrowser* list = &browser;
    CustomerDetailPane* detail = browser.detail();
    QObject::connect(m_panel, &ReminderPanel::customerActivated, list, [list](qint64 id) {
        if (!list->archive() || id <= 0 || !list->confirmLeavingEditor(true))
            return;
        list->showInList(
            id); // the filter may hide the customer: then it shows everything rather than nothing
    });
    QObject::connect(m_panel, &ReminderPanel::refreshed, m_notifier, &DueNotifier::notify);
    QObject::connect(m_panel, &ReminderPanel::taskCompleted, list, [list, detail](qint64 customerId) {
        if (detail->customerId() == customerId) {
            detail->timeline()->reload();
            detail->tasks()->reload();
        }
        list->showStatus(tr("Task done; follow-up logged."), 4000);
    });
    QObject::connect(m_notifier, &DueNotifier::activated, window, [window, dock = m_dock] {
        window->showNormal();
        window->raise();
        window->activateWindow();
        dock->show();
    });
    // What the detail pane changes can change what is due.
    QObject::connect(detail->tasks(), &CustomerTaskList::tasksChanged, m_panel, &ReminderPanel::refresh);
    QObject::connect(detail->timeline(), &FollowUpTimeline::followUpAdded, m_panel, &ReminderPanel::refresh);
    QObject::connect(detail->editor(), &CustomerEditor::saved, m_panel, &ReminderPanel::refresh);
}
