#pragma once

#include "CustomerFilter.h"
#include "CustomerListRow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QVector>

#include <optional>

class Archive;

// The customer list, lazily: only the ids of the matching customers are kept (cheap even for a million),
// row contents are fetched a page at a time when the view asks for them and a few pages are cached.
class CustomerListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { Code, Name, Kind, Stage, Owner, Province, City, Industry, Level, Phone, UpdatedAt, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    static constexpr int PageSize = 200;
    // A quick search lists at most this many customers, best first (the index ranks them).
    static constexpr int SearchResultCap = 2000;
    static constexpr int MaxCachedPages = 16;

    explicit CustomerListModel(QObject* parent = nullptr);

    // nullptr detaches the model (before the archive goes away).
    void setArchive(Archive* archive);
    void setFilter(const CustomerFilter& filter);
    const CustomerFilter& filter() const { return m_filter; }

    // Re-reads ids and counts after the archive changed; keeps filter and sort.
    void refresh();

    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const; // -1 when not in the list
    int totalCount() const { return m_total; } // all customers, ignoring the filter
    int sortColumn() const { return m_sortColumn; }
    // True while a quick search shows its results by relevance (until a column header is clicked).
    bool sortedByRelevance() const { return m_relevance && !m_filter.quickSearch.trimmed().isEmpty(); }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    int fetchedPageCount() const { return m_pagesFetched; } // for tests and diagnostics
    QString lastError() const { return m_lastError; }

    static CustomerSortKey sortKeyFor(int column);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void countsChanged(int shown, int total);
    void loadFailed(const QString& message);

private:
    struct Page {
        QVector<CustomerListRow> rows; // aligned with the page's ids; id 0 = vanished since listing
        // Display form of the phones, formatted on first paint: parsing is slower than fetching the page,
        // and only the visible rows of a page are usually painted.
        mutable QList<std::optional<QString>> phones;
    };

    QVector<qint64> loadIds() const;
    const Page* page(int pageIndex) const;
    const CustomerListRow* rowAt(int row, QString* phone = nullptr) const; // phone: display form
    void clearCache();

    Archive* m_archive = nullptr;
    CustomerFilter m_filter;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    bool m_relevance = false;
    QVector<qint64> m_ids;
    int m_total = 0;

    // data() is const but filling the cache is not an observable change.
    mutable QHash<int, Page> m_pages;
    mutable QList<int> m_recentPages; // most recently used last
    mutable int m_pagesFetched = 0;
    mutable QString m_lastError;
};
