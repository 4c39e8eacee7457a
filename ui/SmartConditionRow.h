#pragma once

#include "SmartFilterCondition.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;

// One condition of the smart list builder: field, operator (the ones the field allows) and value (hidden
// for operators without one; kind and stage offer their choices).
class SmartConditionRow : public QWidget {
    Q_OBJECT

public:
    explicit SmartConditionRow(QWidget* parent = nullptr);

    SmartFilterCondition condition() const;
    void setCondition(const SmartFilterCondition& condition);

    QComboBox* fieldCombo() const { return m_field; }
    QComboBox* operatorCombo() const { return m_op; }
    QLineEdit* valueEdit() const { return m_value; }
    QComboBox* choiceCombo() const { return m_choice; }

signals:
    void removeRequested();

private:
    void onFieldChanged();
    void onOperatorChanged();

    QComboBox* m_field = nullptr;
    QComboBox* m_op = nullptr;
    QLineEdit* m_value = nullptr;
    QComboBox* m_choice = nullptr; // kind / stage values
    QToolButton* m_remove = nullptr;
};
