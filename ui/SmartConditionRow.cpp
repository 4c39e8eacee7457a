#include "SmartConditionRow.h"

#include "CustomerKind.h"
#include "CustomerStage.h"
#include "SmartFilterFields.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QToolButton>

SmartConditionRow::SmartConditionRow(QWidget* parent) : QWidget(parent)
{
    m_field = new QComboBox(this);
    m_field->setObjectName(QStringLiteral("conditionField"));
    for (const SmartFilterFields::Field& field : SmartFilterFields::all())
        m_field->addItem(field.name, field.key);
    m_op = new QComboBox(this);
    m_op->setObjectName(QStringLiteral("conditionOperator"));
    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("conditionValue"));
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("conditionChoice"));
    m_remove = new QToolButton(this);
    m_remove->setObjectName(QStringLiteral("conditionRemove"));
    m_remove->setText(QStringLiteral("−"));
    m_remove->setToolTip(tr("Remove this condition"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_field, 2);
    layout->addWidget(m_op, 2);
    layout->addWidget(m_value, 3);
    layout->addWidget(m_choice, 3);
    layout->addWidget(m_remove);

    connect(m_field, &QComboBox::currentIndexChanged, this, &SmartConditionRow::onFieldChanged);
    connect(m_op, &QComboBox::currentIndexChanged, this, &SmartConditionRow::onOperatorChanged);
    connect(m_remove, &QToolButton::clicked, this, &SmartConditionRow::removeRequested);
    onFieldChanged();
}

void SmartConditionRow::onFieldChanged()
{
    const SmartFilterFields::Field* field = SmartFilterFields::find(m_field->currentData().toString());
    if (!field)
        return;
    const QString previous = m_op->currentData().toString();
    {
        const QSignalBlocker blocker(m_op);
        m_op->clear();
        for (const QString& op : SmartFilterFields::operatorsFor(field->type))
            m_op->addItem(SmartFilterFields::operatorName(op), op);
        m_op->setCurrentIndex(std::max(0, m_op->findData(previous)));
    }
    {
        const QSignalBlocker blocker(m_choice);
        m_choice->clear();
        if (field->key == QLatin1String("kind"))
            for (CustomerKind kind : CustomerKinds::all)
                m_choice->addItem(CustomerKinds::displayName(kind), CustomerKinds::toKey(kind));
        else if (field->key == QLatin1String("stage"))
            for (CustomerStage stage : CustomerStages::all)
                m_choice->addItem(CustomerStages::displayName(stage), CustomerStages::toKey(stage));
    }
    m_value->setPlaceholderText(field->type == SmartFilterFields::Type::Date ? tr("YYYY-MM-DD or days") : QString());
    onOperatorChanged();
}

void SmartConditionRow::onOperatorChanged()
{
    const bool choice = m_choice->count() > 0;
    const bool needsValue = SmartFilterFields::needsValue(m_op->currentData().toString());
    m_choice->setVisible(choice && needsValue);
    m_value->setVisible(!choice && needsValue);
}

SmartFilterCondition SmartConditionRow::condition() const
{
    SmartFilterCondition c;
    c.field = m_field->currentData().toString();
    c.op = m_op->currentData().toString();
    if (SmartFilterFields::needsValue(c.op))
        c.value = m_choice->count() > 0 ? m_choice->currentData().toString() : m_value->text().trimmed();
    return c;
}

void SmartConditionRow::setCondition(const SmartFilterCondition& condition)
{
    m_field->setCurrentIndex(std::max(0, m_field->findData(condition.field)));
    m_op->setCurrentIndex(std::max(0, m_op->findData(condition.op)));
    if (m_choice->count() > 0) {
        int index = m_choice->findData(condition.value);
        if (index < 0) // saved with a display name ("潜在"): find its key
            for (int i = 0; i < m_choice->count(); ++i)
                if (m_choice->itemText(i) == condition.value)
                    index = i;
        m_choice->setCurrentIndex(std::max(0, index));
    } else {
        m_value->setText(condition.value);
    }
}
