#pragma once

#include "DuplicatePair.h"

#include <QDialog>
#include <QVector>

class Archive;
class QTableWidget;

// Asked when a new customer about to be saved is probably in the archive already (the check on entry,
// DuplicateFinder::findFor): the likely matches with code, name and phone (masked as the user's role
// requires), and the choice to save anyway, open an existing record instead, or go back to editing.
class DuplicateEntryDialog : public QDialog {
    Q_OBJECT

public:
    enum class Choice { Cancel, SaveAnyway, OpenExisting };
    enum Column { CodeColumn, NameColumn, PhoneColumn, MatchColumn, ColumnCount };

    DuplicateEntryDialog(Archive& archive, const QVector<DuplicatePair>& likely, QWidget* parent = nullptr);

    Choice choice() const { return m_choice; }
    qint64 selectedCustomerId() const; // the existing record to open (the first one unless another is selected)
    QTableWidget* table() const { return m_table; }

private:
    Choice m_choice = Choice::Cancel;
    QTableWidget* m_table = nullptr;
};
