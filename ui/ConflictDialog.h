#pragma once

#include "CustomerConflict.h"

#include <QDialog>

class QTableWidget;

// Shown when a save lost the race against someone else's save: both versions side by side, the fields that
// differ highlighted, and per field a choice of "mine" or "stored" (preset to the user's own changes). Accepting
// saves the chosen values on top of the stored version; cancelling saves nothing and leaves the user's edits in
// the editor. No transaction is open while this dialog waits.
class ConflictDialog : public QDialog {
    Q_OBJECT

public:
    enum Column { FieldColumn, MineColumn, StoredColumn, KeepColumn, ColumnCount };

    explicit ConflictDialog(const CustomerConflict& conflict, QWidget* parent = nullptr);

    QSet<QString> keepMine() const; // keys of the fields where the user's value wins
    void chooseAll(bool mine);      // "keep all mine" / "keep all stored"
    void setKeepMine(const QString& key, bool mine);
    QTableWidget* table() const { return m_table; }

private:
    const CustomerConflict& m_conflict;
    QTableWidget* m_table = nullptr;
};
