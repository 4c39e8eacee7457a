#include "FilterBar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QLocale>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace {
QComboBox* makeCombo(QWidget* parent, const QString& objectName)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    // Not as wide as the longest province or tag: the popup shows whole entries anyway.
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(6);
    return combo;
}
} // namespace

FilterBar::FilterBar(QWidget* parent) : QWidget(parent)
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("quickSearch"));
    m_search->setPlaceholderText(tr("Search name or pinyin (zw), code, phone, contact, tag, note"));
    m_search->setClearButtonEnabled(true);

    m_stage = makeCombo(this, QStringLiteral("stageFilter"));
    m_owner = makeCombo(this, QStringLiteral("ownerFilter"));
    m_tag = makeCombo(this, QStringLiteral("tagFilter"));
    m_province = makeCombo(this, QStringLiteral("provinceFilter"));
    m_smartList = makeCombo(this, QStringLiteral("smartListFilter"));
    m_smartList->addItem(tr("No smart list"), QString());

    m_stage->addItem(tr("All stages"), QString());
    for (CustomerStage stage : CustomerStages::all)
        m_stage->addItem(CustomerStages::displayName(stage), CustomerStages::toKey(stage));
    setChoices({}, {}, {});

    // Search on its own row, the filters below: keeps the list pane narrow enough for a laptop screen
    // next to the detail pane. The combos' first entries ("All stages", ...) name them, so no labels.
    m_stage->setToolTip(tr("Stage"));
    m_owner->setToolTip(tr("Owner"));
    m_tag->setToolTip(tr("Tag"));
    m_province->setToolTip(tr("Province"));
    m_smartList->setToolTip(tr("Smart list"));
    auto* combos = new QHBoxLayout;
    for (QComboBox* combo : {m_stage, m_owner, m_tag, m_province, m_smartList}) {
        combo->setAccessibleName(combo->toolTip());
        combos->addWidget(combo, 1);
    }
    m_idsButton = new QToolButton(this);
    m_idsButton->setObjectName(QStringLiteral("customerIdsFilter"));
    m_idsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_idsButton->setToolTip(tr("Showing only the customers chosen in the segment dashboard; click to show all"));
    m_idsButton->hide();
    connect(m_idsButton, &QToolButton::clicked, this, &FilterBar::clearCustomerIds);
    combos->addWidget(m_idsButton);
    combos->addStretch(0);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addLayout(combos);

    m_debounce = new QTimer(this);
    m_debounce->setObjectName(QStringLiteral("searchDebounce"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &FilterBar::emitChanged);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    // Enter should not make the user wait for the debounce.
    connect(m_search, &QLineEdit::returnPressed, this, &FilterBar::flushPendingSearch);
    for (QComboBox* combo : {m_stage, m_owner, m_tag, m_province, m_smartList})
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::emitChanged);
}

CustomerFilter FilterBar::filter() const
{
    CustomerFilter f;
    f.quickSearch = m_search->text().trimmed();
    f.stage = CustomerStages::fromText(m_stage->currentData().toString());
    f.owner = m_owner->currentData().toString();
    f.tag = m_tag->currentData().toString();
    f.province = m_province->currentData().toString();
    f.customerIds = m_ids;
    f.customerIdsLabel = m_idsLabel;
    if (const QString json = m_smartList->currentData().toString(); !json.isEmpty())
        if (auto smart = SmartFilter::fromJson(json.toUtf8()))
            f.smart = *smart;
    return f;
}

void FilterBar::refill(QComboBox* combo, const QStringList& values, const QString& allText,
                       const QList<QPair<QString, QString>>& fixed)
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(allText, QString());
    for (const auto& [text, value] : fixed)
        combo->addItem(text, value);
    for (const QString& value : values)
        combo->addItem(value, value);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

void FilterBar::setChoices(const QStringList& owners, const QStringList& tags, const QStringList& provinces)
{
    const CustomerFilter before = filter();
    refill(m_owner, owners, tr("All owners"), {{tr("Unassigned"), QStringLiteral("-")}});
    refill(m_tag, tags, tr("All tags"));
    refill(m_province, provinces, tr("All provinces"));
    // A choice that vanished (e.g. the last customer of a province moved) falls back to "all".
    const CustomerFilter after = filter();
    if (after.owner != before.owner || after.tag != before.tag || after.province != before.province)
        emitChanged();
}

void FilterBar::clear()
{
    {
        const QSignalBlocker b1(m_search), b2(m_stage), b3(m_owner), b4(m_tag), b5(m_province), b6(m_smartList);
        m_search->clear();
        for (QComboBox* combo : {m_stage, m_owner, m_tag, m_province, m_smartList})
            combo->setCurrentIndex(0);
    }
    m_debounce->stop();
    m_ids.reset();
    m_idsLabel.clear();
    m_idsButton->hide();
}

void FilterBar::setCustomerIds(const QString& label, const QList<qint64>& ids)
{
    m_ids = ids;
    m_idsLabel = label;
    m_idsButton->setText(tr("%1 (%2) ✕").arg(label, QLocale().toString(qint64(ids.size()))));
    m_idsButton->show();
    emitChanged();
}

void FilterBar::clearCustomerIds()
{
    if (!m_ids)
        return;
    m_ids.reset();
    m_idsLabel.clear();
    m_idsButton->hide();
    emitChanged();
}

void FilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void FilterBar::flushPendingSearch()
{
    if (m_debounce->isActive()) {
        m_debounce->stop();
        emitChanged();
    }
}

void FilterBar::emitChanged()
{
    m_debounce->stop();
    emit filterChanged(filter());
}

void FilterBar::setSmartLists(const QList<SavedFilter>& lists)
{
    const QString current = m_smartList->currentData().toString();
    {
        const QSignalBlocker blocker(m_smartList);
        m_smartList->clear();
        m_smartList->addItem(tr("No smart list"), QString());
        for (const SavedFilter& list : lists)
            m_smartList->addItem(list.name, QString::fromUtf8(list.definition.toJson()));
        int index = m_smartList->findData(current);
        if (index < 0 && !current.isEmpty()) {
            // The applied list is no longer saved (deleted, renamed): keep applying it, marked unsaved.
            m_smartList->addItem(tr("(unsaved smart list)"), current);
            index = m_smartList->count() - 1;
        }
        m_smartList->setCurrentIndex(std::max(0, index));
    }
}

void FilterBar::setSmartFilter(const SmartFilter& filter)
{
    const QString json = filter.isEmpty() ? QString() : QString::fromUtf8(filter.toJson());
    int index = m_smartList->findData(json);
    if (index < 0) {
        const QSignalBlocker blocker(m_smartList);
        const int unsaved = m_smartList->findText(tr("(unsaved smart list)"));
        if (unsaved >= 0)
            m_smartList->removeItem(unsaved);
        m_smartList->addItem(tr("(unsaved smart list)"), json);
        index = m_smartList->count() - 1;
    }
    if (index == m_smartList->currentIndex())
        emitChanged();
    else
        m_smartList->setCurrentIndex(index); // emits through currentIndexChanged
}
