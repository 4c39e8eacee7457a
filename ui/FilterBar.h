#pragma once

#include "CustomerFilter.h"
#include "SavedFilter.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QToolButton;
class QTimer;

// Quick search and the exact filters above the customer list. Typing is debounced so that a fast typist
// does not re-query the archive for every keystroke.
class FilterBar : public QWidget {
    Q_OBJECT

public:
    static constexpr int DebounceMs = 200;

    explicit FilterBar(QWidget* parent = nullptr);

    CustomerFilter filter() const;
    // Refills the combos with what the archive holds, keeping the current choices where they still exist.
    void setChoices(const QStringList& owners, const QStringList& tags, const QStringList& provinces);
    // The saved smart lists offered in the smart list combo (keeps the current one where it still exists).
    void setSmartLists(const QList<SavedFilter>& lists);
    // Selects a smart list (the saved one with this definition, else an "unsaved" entry); empty = none.
    void setSmartFilter(const SmartFilter& filter);
    void clear();
    void focusSearch();
    // Applies a pending debounced search now.
    void flushPendingSearch();
    // Restricts the list to these customers (a segment chosen in the dashboard) on top of the other filters,
    // shown as a button with `label` that removes the restriction; clear() removes it too.
    void setCustomerIds(const QString& label, const QList<qint64>& ids);
    void clearCustomerIds();

signals:
    void filterChanged(const CustomerFilter& filter);

private:
    void emitChanged();
    static void refill(QComboBox* combo, const QStringList& values, const QString& allText,
                       const QList<QPair<QString, QString>>& fixed = {});

    QLineEdit* m_search = nullptr;
    QComboBox* m_stage = nullptr;
    QComboBox* m_owner = nullptr;
    QComboBox* m_tag = nullptr;
    QComboBox* m_province = nullptr;
    QComboBox* m_smartList = nullptr; // data: the smart list's JSON definition, "" = none
    QTimer* m_debounce = nullptr;
    QToolButton* m_idsButton = nullptr;
    std::optional<QList<qint64>> m_ids;
    QString m_idsLabel;
};
