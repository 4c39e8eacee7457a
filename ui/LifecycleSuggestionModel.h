#pragma once

#include "LifecycleAdvisor.h"

#include <QAbstractTableModel>

// The lifecycle stage suggestions with a check box each (checked = the user accepts it).
class LifecycleSuggestionModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Code, Name, Owner, Current, Suggested, Reason, ColumnCount };

    explicit LifecycleSuggestionModel(QObject* parent = nullptr) : QAbstractTableModel(parent) {}

    void setSuggestions(QList<StageSuggestion> suggestions, const LifecycleAdvisor::Options& options);
    void setAllChecked(bool checked);
    QList<StageSuggestion> checkedSuggestions() const;
    int checkedCount() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void checkedCountChanged(int count);

private:
    QList<StageSuggestion> m_suggestions;
    QList<QString> m_reasons;
    QList<bool> m_checked;
    LifecycleAdvisor::Options m_options;
};
