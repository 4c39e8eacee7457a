#include "DueNotifier.h"

#include <QApplication>
#include <QStyle>
#include <QSystemTrayIcon>

namespace {
// Same thing, same key: a task by id, a planned follow-up by the follow-up that planned it, birthdays
// and renewals by customer, person and date.
QString keyOf(const DueItem& item)
{
    return QStringLiteral("%1|%2|%3|%4|%5|%6")
        .arg(DueKinds::toKey(item.kind))
        .arg(item.customerId)
        .arg(item.taskId)
        .arg(item.followUpId)
        .arg(item.person, item.date.toString(Qt::ISODate));
}
constexpr int linesShown = 4;
} // namespace

DueNotifier::DueNotifier(QObject* parent) : QObject(parent) {}

QList<DueItem> DueNotifier::takeNew(const DueLists& lists)
{
    QList<DueItem> fresh;
    for (const QList<DueItem>* group : {&lists.overdue, &lists.today})
        for (const DueItem& item : *group)
            if (const QString key = keyOf(item); !m_announced.contains(key)) {
                m_announced.insert(key);
                fresh.append(item);
            }
    return fresh;
}

void DueNotifier::forget()
{
    m_announced.clear();
}

QString DueNotifier::message(const QList<DueItem>& items)
{
    QStringList lines;
    for (qsizetype i = 0; i < items.size() && i < linesShown; ++i) {
        const DueItem& item = items[i];
        lines.append(QStringLiteral("%1 %2: %3").arg(DueKinds::displayName(item.kind), item.name, item.text.simplified()));
    }
    if (items.size() > linesShown)
        lines.append(tr("… and %n more", nullptr, int(items.size() - linesShown)));
    return lines.join(QLatin1Char('\n'));
}

QString DueNotifier::notify(const DueLists& lists)
{
    const QList<DueItem> fresh = takeNew(lists);
    if (fresh.isEmpty())
        return {};
    const QString text = message(fresh);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return text;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(this);
        QIcon icon = qApp->windowIcon();
        if (icon.isNull())
            icon = qApp->style()->standardIcon(QStyle::SP_MessageBoxInformation);
        m_tray->setIcon(icon);
        m_tray->setToolTip(tr("Dossier reminders"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &DueNotifier::activated);
        connect(m_tray, &QSystemTrayIcon::activated, this, &DueNotifier::activated);
        m_tray->show();
    }
    m_tray->showMessage(tr("%n reminder(s) due", nullptr, int(fresh.size())), text, QSystemTrayIcon::Information, 15000);
    return text;
}
