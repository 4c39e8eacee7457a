#include "LifecycleDialog.h"

#include "Archive.h"
#include "ArchiveTask.h"
#include "LifecycleStageApplier.h"
#include "LifecycleSuggestionModel.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

LifecycleDialog::LifecycleDialog(QString archivePath, QWidget* parent)
    : QDialog(parent), m_archivePath(std::move(archivePath))
{
    setWindowTitle(tr("Lifecycle Stage Suggestions"));
    setObjectName(QStringLiteral("lifecycleDialog"));

    const LifecycleAdvisor::Options defaults;
    m_asOf = new QDateEdit(QDate::currentDate(), this);
    m_asOf->setObjectName(QStringLiteral("asOfEdit"));
    m_asOf->setCalendarPopup(true);
    m_activeDays = new QSpinBox(this);
    m_activeDays->setObjectName(QStringLiteral("activeDays"));
    m_activeDays->setRange(1, 3650);
    m_activeDays->setValue(defaults.activeDays);
    m_activeDays->setSuffix(tr(" days"));
    m_lostDays = new QSpinBox(this);
    m_lostDays->setObjectName(QStringLiteral("lostDays"));
    m_lostDays->setRange(1, 3650);
    m_lostDays->setValue(defaults.lostDays);
    m_lostDays->setSuffix(tr(" days"));
    m_suggestButton = new QPushButton(tr("&Suggest"), this);
    m_suggestButton->setObjectName(QStringLiteral("suggestButton"));

    auto* rule = new QLabel(tr("Rule: contacted but no orders → lead; an order within the active days → active; "
                               "no order for the lost days, or overdue for the customer's usual rhythm → lost; "
                               "otherwise → customer. Only stages that differ are listed; nothing changes until "
                               "you apply."),
                            this);
    rule->setWordWrap(true);

    auto* top = new QHBoxLayout;
    const auto addLabelled = [&](const QString& text, QWidget* w) {
        auto* label = new QLabel(text, this);
        label->setBuddy(w);
        top->addWidget(label);
        top->addWidget(w);
    };
    addLabelled(tr("&As of:"), m_asOf);
    addLabelled(tr("Ac&tive within:"), m_activeDays);
    addLabelled(tr("&Lost after:"), m_lostDays);
    top->addWidget(m_suggestButton);
    top->addStretch(1);

    m_model = new LifecycleSuggestionModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("suggestionView"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(LifecycleSuggestionModel::Reason, QHeaderView::Stretch);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);

    auto* all = new QPushButton(tr("Check &All"), this);
    all->setObjectName(QStringLiteral("checkAllButton"));
    auto* none = new QPushButton(tr("Check &None"), this);
    none->setObjectName(QStringLiteral("checkNoneButton"));
    m_applyButton = new QPushButton(tr("A&pply Checked"), this);
    m_applyButton->setObjectName(QStringLiteral("applyButton"));
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(all);
    bottom->addWidget(none);
    bottom->addWidget(m_busy);
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_applyButton);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(rule);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    resize(960, 620);

    connect(m_suggestButton, &QPushButton::clicked, this, &LifecycleDialog::suggest);
    connect(m_applyButton, &QPushButton::clicked, this, &LifecycleDialog::applyChecked);
    connect(all, &QPushButton::clicked, this, [this] { m_model->setAllChecked(true); });
    connect(none, &QPushButton::clicked, this, [this] { m_model->setAllChecked(false); });
    connect(m_model, &LifecycleSuggestionModel::checkedCountChanged, this, &LifecycleDialog::updateButtons);
    suggest();
}

LifecycleDialog::~LifecycleDialog() = default;

LifecycleAdvisor::Options LifecycleDialog::options() const
{
    LifecycleAdvisor::Options o;
    o.asOf = m_asOf->date();
    o.activeDays = m_activeDays->value();
    o.lostDays = m_lostDays->value();
    return o;
}

bool LifecycleDialog::isBusy() const
{
    return m_task && m_task->isRunning();
}

QString LifecycleDialog::statusText() const
{
    return m_status->text();
}

void LifecycleDialog::updateButtons()
{
    m_busy->setVisible(isBusy());
    m_suggestButton->setEnabled(!isBusy());
    m_applyButton->setEnabled(!isBusy() && m_model->checkedCount() > 0);
}

void LifecycleDialog::suggest()
{
    if (isBusy())
        return;
    const LifecycleAdvisor::Options o = options();
    auto result = std::make_shared<QList<StageSuggestion>>();
    m_task = std::make_unique<ArchiveTask>(m_archivePath, [o, result](Archive& archive, QString& error) {
        auto found = LifecycleAdvisor(archive.database().connection()).suggest(o);
        if (!found)
            error = found.error();
        else
            *result = std::move(found).value();
        return found.ok();
    });
    connect(m_task.get(), &ArchiveWorker::finished, this, [this, result, o] {
        if (m_task->succeeded()) {
            m_model->setSuggestions(std::move(*result), o);
            m_view->resizeColumnsToContents();
            const QString count = tr("%n suggestion(s); check those to apply.", nullptr, m_model->rowCount());
            m_status->setText(m_applyText.isEmpty() ? count : m_applyText + QLatin1Char(' ') + count);
            m_applyText.clear();
        } else {
            m_status->setText(tr("Cannot compute the suggestions: %1").arg(m_task->errorText()));
        }
        updateButtons();
    });
    m_status->setText(tr("Computing suggestions…"));
    m_task->start();
    updateButtons();
}

void LifecycleDialog::applyChecked()
{
    const QList<StageSuggestion> accepted = m_model->checkedSuggestions();
    if (isBusy() || accepted.isEmpty())
        return;
    auto outcome = std::make_shared<LifecycleStageApplier::Outcome>();
    m_task = std::make_unique<ArchiveTask>(m_archivePath, [accepted, outcome](Archive& archive, QString& error) {
        auto applied = LifecycleStageApplier::apply(archive.database().connection(), archive.customers(), accepted);
        if (!applied)
            error = applied.error();
        else
            *outcome = *applied;
        return applied.ok();
    });
    connect(m_task.get(), &ArchiveWorker::finished, this, [this, outcome] {
        if (m_task->succeeded()) {
            m_applied += outcome->applied;
            QString text = tr("Changed the stage of %n customer(s).", nullptr, outcome->applied);
            if (!outcome->skippedCodes.isEmpty())
                text += QLatin1Char(' ') + tr("Skipped %n customer(s) changed meanwhile: %1", nullptr,
                                              int(outcome->skippedCodes.size()))
                                               .arg(QStringList(outcome->skippedCodes.mid(0, 5)).join(QStringLiteral(", ")));
            m_applyText = text;
            emit archiveChanged();
            updateButtons();
            // What is left; not from inside the task's own signal, since suggest() replaces the task.
            QMetaObject::invokeMethod(this, &LifecycleDialog::suggest, Qt::QueuedConnection);
        } else {
            m_status->setText(tr("Nothing was changed: %1").arg(m_task->errorText()));
            updateButtons();
        }
    });
    m_status->setText(tr("Applying…"));
    m_task->start();
    updateButtons();
}
