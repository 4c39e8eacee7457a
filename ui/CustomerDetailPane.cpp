#include "CustomerDetailPane.h"

#include "Archive.h"
#include "ChurnDetector.h"
#include "CustomerEditor.h"
#include "CustomerTaskList.h"
#include "FollowUpTimeline.h"

#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QVBoxLayout>

CustomerDetailPane::CustomerDetailPane(QWidget* parent) : QWidget(parent)
{
    m_editor = new CustomerEditor(this);
    m_timeline = new FollowUpTimeline(this);
    m_tasks = new CustomerTaskList(this);
    m_tasks->setObjectName(QStringLiteral("customerTaskList"));
    connect(m_tasks, &CustomerTaskList::followUpLogged, m_timeline, &FollowUpTimeline::reload);

    auto* timelineBox = new QWidget(this);
    auto* timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(0, 6, 0, 0);
    timelineLayout->addWidget(m_tasks);
    auto* heading = new QLabel(tr("Follow-ups"), timelineBox);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);
    timelineLayout->addWidget(heading);
    timelineLayout->addWidget(m_timeline, 1);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("detailSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_editor);
    m_splitter->addWidget(timelineBox);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    m_churnFlag = new QLabel(this);
    m_churnFlag->setObjectName(QStringLiteral("churnFlag"));
    m_churnFlag->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #8a1c12; padding: 3px 6px; }"));
    m_churnFlag->setWordWrap(true);
    m_churnFlag->hide();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_churnFlag);
    layout->addWidget(m_splitter);
}

void CustomerDetailPane::setArchive(Archive* archive)
{
    m_archive = archive;
    m_editor->setArchive(archive);
    m_timeline->setArchive(archive);
    m_tasks->setArchive(archive);
}

void CustomerDetailPane::updateChurnFlag(qint64 customerId)
{
    // One customer's orders by index: cheap enough to do on every selection.
    m_churnFlag->hide();
    if (!m_archive || customerId <= 0)
        return;
    const auto orders = m_archive->orders().forCustomer(customerId);
    if (!orders || orders->isEmpty())
        return;
    QList<QDate> dates;
    for (const Order& order : *orders)
        dates << order.date;
    ChurnDetector::Options options;
    options.asOf = QDate::currentDate();
    const ChurnDetector::Assessment a = ChurnDetector::assessDates(dates, options);
    if (!a.atRisk)
        return;
    m_churnFlag->setText(a.medianGapDays > 0
                             ? tr("Churn risk: no order for %1 days; usually one every %2 days.")
                                   .arg(a.daysSinceLastOrder)
                                   .arg(QLocale().toString(a.medianGapDays, 'f', 0))
                             : tr("Churn risk: no order for %1 days since the only purchase.").arg(a.daysSinceLastOrder));
    m_churnFlag->show();
}

bool CustomerDetailPane::showCustomer(qint64 customerId)
{
    updateChurnFlag(customerId);
    if (customerId <= 0) {
        m_editor->clear();
        m_timeline->setCustomerId(0);
        m_tasks->setCustomerId(0);
        return true;
    }
    const bool loaded = m_editor->loadCustomer(customerId);
    m_timeline->setCustomerId(loaded ? customerId : 0);
    m_tasks->setCustomerId(loaded ? customerId : 0);
    return loaded;
}

qint64 CustomerDetailPane::customerId() const
{
    return m_editor->hasCustomer() ? m_editor->customerId() : 0;
}
