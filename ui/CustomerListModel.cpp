#include "CustomerListModel.h"

#include "AccessPolicy.h"
#include "Archive.h"
#include "CustomerOwnership.h"
#include "PhoneNumber.h"
#include "SensitiveMask.h"


CustomerListModel::CustomerListModel(QObject* parent) : QAbstractTableModel(parent) {}

void CustomerListModel::setArchive(Archive* archive)
{
    beginResetModel();
    m_archive = archive;
    clearCache();
    m_ids = loadIds();
    m_total = m_archive ? int(m_archive->customers().count()) : 0;
    endResetModel();
    emit countsChanged(int(m_ids.size()), m_total);
}

void CustomerListModel::setFilter(const CustomerFilter& filter)
{
    // Starting a quick search shows the best matches first; a header click sorts them by a column.
    if (m_filter.quickSearch.trimmed().isEmpty() && !filter.quickSearch.trimmed().isEmpty())
        m_relevance = true;
    m_filter = filter;
    refresh();
}

void CustomerListModel::refresh()
{
    beginResetModel();
    clearCache();
    m_ids = loadIds();
    m_total = m_archive ? int(m_archive->customers().count()) : 0;
    endResetModel();
    emit countsChanged(int(m_ids.size()), m_total);
}

QVector<qint64> CustomerListModel::loadIds() const
{
    if (!m_archive)
        return {};
    const bool searching = !m_filter.quickSearch.trimmed().isEmpty();
    // Only the customers the signed-in user may see (everyone's on an archive without users), narrowed inside
    // the query so that the search cap counts visible customers only.
    CustomerFilter filter = m_filter;
    if (!CustomerOwnership::restrict(filter, AccessPolicy(m_archive->database().actingUser())))
        return {};
    auto ids = sortedByRelevance()
                   ? m_archive->customers().listIds(filter, CustomerSortKey::Relevance, Qt::AscendingOrder, SearchResultCap)
                   : m_archive->customers().listIds(filter, sortKeyFor(m_sortColumn), m_sortOrder,
                                                    searching ? SearchResultCap : -1);
    if (!ids) {
        m_lastError = ids.error();
        // Queued: views must not be told about failures from inside a reset.
        QMetaObject::invokeMethod(const_cast<CustomerListModel*>(this), "loadFailed", Qt::QueuedConnection,
                                  Q_ARG(QString, ids.error()));
        return {};
    }
    return std::move(ids).value();
}

void CustomerListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    m_relevance = false;
    if (!m_archive)
        return;

    // A layout change (not a reset) keeps the selection and current row on the same customers.
    const QModelIndexList persistent = persistentIndexList();
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    QVector<qint64> oldIds = m_ids;
    m_ids = loadIds();
    clearCache();
    if (!persistent.isEmpty()) {
        QHash<qint64, int> newRows;
        newRows.reserve(m_ids.size());
        for (int row = 0; row < m_ids.size(); ++row)
            newRows.insert(m_ids[row], row);
        QModelIndexList to;
        to.reserve(persistent.size());
        for (const QModelIndex& index : persistent) {
            const int row = index.row() < oldIds.size() ? newRows.value(oldIds[index.row()], -1) : -1;
            to.append(row < 0 ? QModelIndex() : createIndex(row, index.column()));
        }
        changePersistentIndexList(persistent, to);
    }
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

CustomerSortKey CustomerListModel::sortKeyFor(int column)
{
    switch (column) {
    case Code: return CustomerSortKey::Code;
    case Name: return CustomerSortKey::Name;
    case Kind: return CustomerSortKey::Kind;
    case Stage: return CustomerSortKey::Stage;
    case Owner: return CustomerSortKey::Owner;
    case Province: return CustomerSortKey::Province;
    case City: return CustomerSortKey::City;
    case Industry: return CustomerSortKey::Industry;
    case Level: return CustomerSortKey::Level;
    case Phone: return CustomerSortKey::Phone;
    case UpdatedAt: return CustomerSortKey::UpdatedAt;
    default: return CustomerSortKey::Name;
    }
}

qint64 CustomerListModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids[row] : 0;
}

int CustomerListModel::rowOfId(qint64 id) const
{
    return id > 0 ? int(m_ids.indexOf(id)) : -1;
}

int CustomerListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int CustomerListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void CustomerListModel::clearCache()
{
    m_pages.clear();
    m_recentPages.clear();
}

const CustomerListModel::Page* CustomerListModel::page(int pageIndex) const
{
    if (auto it = m_pages.constFind(pageIndex); it != m_pages.constEnd()) {
        m_recentPages.removeOne(pageIndex);
        m_recentPages.append(pageIndex);
        return &*it;
    }
    if (!m_archive)
        return nullptr;

    const int first = pageIndex * PageSize;
    const QVector<qint64> ids = m_ids.mid(first, PageSize);
    auto fetched = m_archive->customers().rows(ids);
    ++m_pagesFetched;
    Page page;
    page.rows.resize(ids.size());
    page.phones.resize(ids.size());
    if (fetched) {
        // rows() skips customers deleted since the ids were listed; keep positions aligned with the ids.
        int next = 0;
        for (int i = 0; i < ids.size() && next < fetched->size(); ++i) {
            if (fetched->at(next).id != ids[i])
                continue;
            page.rows[i] = fetched->at(next++);
        }
    } else {
        m_lastError = fetched.error();
    }

    while (m_recentPages.size() >= MaxCachedPages)
        m_pages.remove(m_recentPages.takeFirst());
    m_recentPages.append(pageIndex);
    return &*m_pages.insert(pageIndex, std::move(page));
}

const CustomerListRow* CustomerListModel::rowAt(int row, QString* phone) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const Page* p = page(row / PageSize);
    if (!p)
        return nullptr;
    const int offset = row % PageSize;
    if (offset >= p->rows.size() || p->rows[offset].id == 0)
        return nullptr;
    if (phone) {
        std::optional<QString>& display = p->phones[offset];
        if (!display) {
            const CustomerListRow& r = p->rows[offset];
            display = m_archive && AccessPolicy(m_archive->database().actingUser()).masksSensitiveFor(r.owner)
                          ? SensitiveMask::phone(r.primaryPhone)
                          : PhoneNumber::parse(r.primaryPhone).display();
        }
        *phone = *display;
    }
    return &p->rows[offset];
}

QVariant CustomerListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IdRole)
        return idAt(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};

    QString phone;
    const CustomerListRow* row = rowAt(index.row(), &phone);
    if (!row)
        return {};
    switch (index.column()) {
    case Code: return row->code;
    case Name: return row->name;
    case Kind: return CustomerKinds::displayName(row->kind);
    case Stage: return CustomerStages::displayName(row->stage);
    case Owner: return row->owner;
    case Province: return row->province;
    case City: return row->city;
    case Industry: return row->industry;
    case Level: return row->level;
    case Phone: return phone;
    case UpdatedAt:
        // Fixed ISO-like format: unambiguous for every locale and it sorts the way it reads.
        return row->updatedAt.isValid() ? row->updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                        : QString();
    default: return {};
    }
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code: return tr("Code");
    case Name: return tr("Name");
    case Kind: return tr("Type");
    case Stage: return tr("Stage");
    case Owner: return tr("Owner");
    case Province: return tr("Province");
    case City: return tr("City");
    case Industry: return tr("Industry");
    case Level: return tr("Level");
    case Phone: return tr("Phone");
    case UpdatedAt: return tr("Updated");
    default: return {};
    }
}
