#pragma once

#include "SavedFilter.h"
#include "SmartFilter.h"

#include <QDialog>
#include <QList>

class Archive;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;
class SmartConditionRow;

// The smart list builder: conditions (field, operator, value) combined with AND or OR, applied to the
// customer list, saved under a name in the archive (optionally shared with the team) and loaded again.
// Saved lists are stored by SavedFilterRepository; a definition that cannot be translated is refused with
// the reason before anything is applied or saved.
class SmartListDialog : public QDialog {
    Q_OBJECT

public:
    SmartListDialog(Archive& archive, QString user, const SmartFilter& initial, QWidget* parent = nullptr);

    SmartFilter filter() const; // as built on screen; rows without a value yet are left out
    void setFilter(const SmartFilter& filter);
    QString listName() const;   // the name field (the saved list's name after save or load)

    // Saves under the name field; false (with the reason shown) when refused.
    bool saveList();
    void loadList(int index);   // index into savedLists()
    bool deleteList(int index); // own lists only
    const QList<SavedFilter>& savedLists() const { return m_saved; }
    // Checks the conditions and closes with Accepted; stays open showing the reason when they are invalid.
    void accept() override;

    QComboBox* savedCombo() const { return m_savedCombo; }
    QComboBox* matchCombo() const { return m_match; }
    QLineEdit* nameEdit() const { return m_name; }
    QCheckBox* sharedCheck() const { return m_shared; }
    QList<SmartConditionRow*> rows() const { return m_rows; }
    SmartConditionRow* addRow();
    QLabel* errorLabel() const { return m_error; }

signals:
    void savedListsChanged();

private:
    void reloadSaved(const QString& selectName = QString());
    void removeRow(SmartConditionRow* row);

    Archive& m_archive;
    QString m_user;
    QList<SavedFilter> m_saved;
    QComboBox* m_savedCombo = nullptr;
    QPushButton* m_load = nullptr;
    QPushButton* m_delete = nullptr;
    QComboBox* m_match = nullptr;
    QVBoxLayout* m_rowsLayout = nullptr;
    QList<SmartConditionRow*> m_rows;
    QLineEdit* m_name = nullptr;
    QCheckBox* m_shared = nullptr;
    QLabel* m_error = nullptr;
};
