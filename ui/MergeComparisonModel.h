#pragma once

#include "MergeCandidate.h"
#include "MergeFields.h"

#include <QAbstractTableModel>

class Archive;

// The records of one duplicate group side by side (one column each, then the merge result): a row per field,
// rows whose values differ highlighted, the value that survives checked. Checking another record's cell
// chooses its value for that field; the survivor (the record kept, with its code) is chosen separately.
// Rows before the fields show what moves along (code, contacts, follow-ups, orders, tags): not chosen.
class MergeComparisonModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum InfoRow { CodeRow, ContactsRow, FollowUpsRow, OrdersRow, TagsRow, InfoRowCount };

    explicit MergeComparisonModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    // Loads the records (point lookups: a group is a handful of records).
    static Result<QList<MergeCandidate>> load(Archive& archive, const QList<qint64>& ids);

    // Shows `candidates`; the survivor and the field choices start at the core's defaults.
    void setCandidates(const QList<MergeCandidate>& candidates);
    void clear() { setCandidates({}); }
    const QList<MergeCandidate>& candidates() const { return m_candidates; }

    int survivorColumn() const { return m_survivor; }
    void setSurvivorColumn(int column); // resets the field choices to the defaults for that survivor
    qint64 survivorId() const;
    QList<qint64> mergedIds() const;
    const MergeChoices& choices() const { return m_choices; }
    // Chooses record `column`'s value for the field in `row`; false for rows and columns that are not chosen.
    bool choose(int row, int column);
    int resultColumn() const { return int(m_candidates.size()); }
    QString fieldKey(int row) const; // empty for the info rows
    bool rowDiffers(int row) const;
    int differingRowCount() const;
    Customer result() const; // the survivor as the merge would leave it

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void choicesChanged();

private:
    QList<Customer> ordered() const; // survivor first, as MergeFields expects
    QString infoText(int row, int column) const;
    bool isChosen(int row, int column) const;

    QList<MergeCandidate> m_candidates;
    QStringList m_keys;
    int m_survivor = -1;
    MergeChoices m_choices;
};
