#pragma once

#include "DuplicateScan.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPair>

// The duplicate groups of a scan, best score first: the groups of records likely the same (DuplicateScan::groups)
// and, below them, the pairs only worth a look (each pair not already inside a group, as a group of two).
class DuplicateGroupModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { ScoreColumn, CountColumn, NamesColumn, CodesColumn, ColumnCount };

    explicit DuplicateGroupModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    void setScan(const DuplicateScan& scan, const QHash<qint64, QPair<QString, QString>>& labels,
                 double likelyThreshold);
    const DuplicateGroup& group(int row) const { return m_groups[row]; }
    bool isLikely(int row) const { return m_groups[row].score >= m_likely; }
    int likelyCount() const; // groups at or above the "likely the same" threshold
    QList<QList<qint64>> likelyGroups() const;
    int recordsIn(const QList<QList<qint64>>& groups) const;
    // Drops the groups that contain any of `ids` (merged away, or just reviewed).
    void removeGroupsWith(const QList<qint64>& ids);
    void removeRow(int row);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<DuplicateGroup> m_groups;
    QHash<qint64, QPair<QString, QString>> m_labels;
    double m_likely = 0.5;
};
