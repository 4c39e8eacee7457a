#include "MergeComparisonModel.h"

#include "Archive.h"

#include <QColor>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace {
const QColor differingColor(255, 243, 205); // a row whose records disagree
const QColor chosenColor(204, 236, 204);    // the value that survives

QString money(qint64 cents)
{
    return QLocale().toCurrencyString(double(cents) / 100.0, QStringLiteral("¥"));
}

QString contactLine(const Contact& c)
{
    QStringList parts;
    for (const QString& part : {c.name, c.mobile, c.phone, c.email, c.wechat})
        if (!part.trimmed().isEmpty())
            parts.append(part.trimmed());
    return parts.join(QLatin1Char(' '));
}
} // namespace

Result<QList<MergeCandidate>> MergeComparisonModel::load(Archive& archive, const QList<qint64>& ids)
{
    QList<MergeCandidate> candidates;
    for (const qint64 id : ids) {
        MergeCandidate c;
        const auto customer = archive.customers().findById(id);
        if (!customer)
            return Result<QList<MergeCandidate>>::failure(customer.error(), customer.errorKind());
        c.customer = *customer;
        const auto contacts = archive.contacts().forCustomer(id);
        const auto followUps = archive.interactions().forCustomer(id);
        const auto tasks = archive.tasks().forCustomer(id);
        const auto orders = archive.orders().totalsForCustomer(id);
        if (!contacts || !followUps || !tasks || !orders)
            return Result<QList<MergeCandidate>>::failure(!contacts ? contacts.error()
                                                          : !followUps ? followUps.error()
                                                          : !tasks  ? tasks.error()
                                                                    : orders.error());
        c.contacts = *contacts;
        c.followUps = int(followUps->size());
        c.tasks = int(tasks->size());
        c.orders = *orders;
        candidates.append(c);
    }
    return candidates;
}

void MergeComparisonModel::setCandidates(const QList<MergeCandidate>& candidates)
{
    beginResetModel();
    m_candidates = candidates;
    QList<Customer> customers;
    for (const MergeCandidate& c : m_candidates)
        customers.append(c.customer);
    // Fields no record fills are left out: there is nothing to compare or choose.
    m_keys.clear();
    for (const QString& key : MergeFields::keys(customers))
        if (std::any_of(customers.begin(), customers.end(),
                        [&](const Customer& c) { return !MergeFields::text(c, key).trimmed().isEmpty(); }))
            m_keys.append(key);
    m_survivor = MergeFields::defaultSurvivor(customers);
    m_choices = MergeFields::defaults(ordered());
    endResetModel();
    emit choicesChanged();
}

void MergeComparisonModel::setSurvivorColumn(int column)
{
    if (column < 0 || column >= m_candidates.size() || column == m_survivor)
        return;
    beginResetModel();
    m_survivor = column;
    m_choices = MergeFields::defaults(ordered());
    endResetModel();
    emit choicesChanged();
}

qint64 MergeComparisonModel::survivorId() const
{
    return m_survivor >= 0 ? m_candidates[m_survivor].customer.id : 0;
}

QList<qint64> MergeComparisonModel::mergedIds() const
{
    QList<qint64> ids;
    for (int i = 0; i < m_candidates.size(); ++i)
        if (i != m_survivor)
            ids.append(m_candidates[i].customer.id);
    return ids;
}

QList<Customer> MergeComparisonModel::ordered() const
{
    QList<Customer> customers;
    if (m_survivor >= 0)
        customers.append(m_candidates[m_survivor].customer);
    for (int i = 0; i < m_candidates.size(); ++i)
        if (i != m_survivor)
            customers.append(m_candidates[i].customer);
    return customers;
}

QString MergeComparisonModel::fieldKey(int row) const
{
    return row >= InfoRowCount ? m_keys.value(row - InfoRowCount) : QString();
}

bool MergeComparisonModel::rowDiffers(int row) const
{
    if (row == ContactsRow || row == FollowUpsRow || row == OrdersRow || row == TagsRow)
        return false; // these move along whole: nothing to choose
    if (row == CodeRow)
        return true;
    QList<Customer> customers;
    for (const MergeCandidate& c : m_candidates)
        customers.append(c.customer);
    return MergeFields::differs(customers, fieldKey(row));
}

int MergeComparisonModel::differingRowCount() const
{
    int n = 0;
    for (int row = InfoRowCount; row < rowCount(); ++row)
        n += rowDiffers(row) ? 1 : 0;
    return n;
}

Customer MergeComparisonModel::result() const
{
    const auto merged = MergeFields::survivor(ordered(), m_choices);
    return merged ? *merged : Customer();
}

bool MergeComparisonModel::choose(int row, int column)
{
    const QString key = fieldKey(row);
    if (key.isEmpty() || column < 0 || column > resultColumn())
        return false;
    qint64 id = 0;
    if (column == resultColumn()) {
        if (key != QLatin1String("notes"))
            return false;
        id = MergeFields::CombineNotes; // the result's notes cell: keep every record's notes
    } else {
        id = m_candidates[column].customer.id;
    }
    m_choices.insert(key, id);
    emit dataChanged(index(row, 0), index(row, resultColumn()));
    emit choicesChanged();
    return true;
}

bool MergeComparisonModel::isChosen(int row, int column) const
{
    const QString key = fieldKey(row);
    if (key.isEmpty())
        return false;
    const qint64 chosen = m_choices.value(key);
    if (column == resultColumn())
        return chosen == MergeFields::CombineNotes;
    const Customer& c = m_candidates[column].customer;
    if (chosen == MergeFields::CombineNotes)
        return !c.notes.trimmed().isEmpty();
    return chosen == c.id;
}

QString MergeComparisonModel::infoText(int row, int column) const
{
    if (column == resultColumn()) {
        QStringList aliases;
        int contacts = 0, followUps = 0;
        qint64 orders = 0, cents = 0;
        for (int i = 0; i < m_candidates.size(); ++i) {
            if (i != m_survivor)
                aliases.append(m_candidates[i].customer.code);
            contacts += int(m_candidates[i].contacts.size());
            followUps += m_candidates[i].followUps;
            orders += m_candidates[i].orders.count;
            cents += m_candidates[i].orders.amountCents;
        }
        switch (row) {
        case CodeRow:
            return aliases.isEmpty() ? result().code
                                     : tr("%1 (old codes %2 lead here)").arg(result().code, aliases.join(QStringLiteral(", ")));
        case ContactsRow: return tr("%n contact(s)", "", contacts);
        case FollowUpsRow: return QString::number(followUps);
        case OrdersRow: return tr("%n order(s), %1", "", int(orders)).arg(money(cents));
        case TagsRow: return result().tags.join(QStringLiteral("、"));
        default: return {};
        }
    }
    const MergeCandidate& c = m_candidates[column];
    switch (row) {
    case CodeRow: return c.customer.code;
    case ContactsRow: {
        QStringList lines;
        for (const Contact& k : c.contacts)
            lines.append(contactLine(k));
        return lines.join(QStringLiteral("; "));
    }
    case FollowUpsRow: return QString::number(c.followUps);
    case OrdersRow: return tr("%n order(s), %1", "", int(c.orders.count)).arg(money(c.orders.amountCents));
    case TagsRow: return c.customer.tags.join(QStringLiteral("、"));
    default: return {};
    }
}

int MergeComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_candidates.isEmpty() ? 0 : InfoRowCount + int(m_keys.size());
}

int MergeComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_candidates.isEmpty() ? 0 : int(m_candidates.size()) + 1;
}

QVariant MergeComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool result = column == resultColumn();
    const QString key = fieldKey(row);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        QString text = key.isEmpty() ? infoText(row, column)
                                     : MergeFields::text(result ? this->result() : m_candidates[column].customer, key);
        if (role == Qt::DisplayRole)
            text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        else if (result && key == QLatin1String("notes"))
            text = tr("Check to keep the notes of every record; check a record's notes to keep only those.") +
                   QStringLiteral("\n\n") + text;
        return text;
    }
    case Qt::CheckStateRole:
        // A choice only where the records disagree.
        if (key.isEmpty() || !rowDiffers(row) || (result && key != QLatin1String("notes")))
            return {};
        return isChosen(row, column) ? Qt::Checked : Qt::Unchecked;
    case Qt::BackgroundRole:
        if (!result && isChosen(row, column) && rowDiffers(row))
            return chosenColor;
        if (rowDiffers(row))
            return differingColor;
        return {};
    case Qt::FontRole:
        if (result) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

bool MergeComparisonModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || value.toInt() != Qt::Checked)
        return false;
    return choose(index.row(), index.column());
}

Qt::ItemFlags MergeComparisonModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const QString key = fieldKey(index.row());
    if (!key.isEmpty() && rowDiffers(index.row()) && (index.column() != resultColumn() || key == QLatin1String("notes")))
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant MergeComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::FontRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section > resultColumn())
            return {};
        if (role == Qt::FontRole) {
            if (section != m_survivor && section != resultColumn())
                return {};
            QFont font;
            font.setBold(true);
            return font;
        }
        if (section == resultColumn())
            return tr("After the merge");
        const Customer& c = m_candidates[section].customer;
        const QString title = QStringLiteral("%1 %2").arg(c.code, c.name);
        return section == m_survivor ? tr("%1 (kept)").arg(title) : title;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CodeRow: return tr("Code");
    case ContactsRow: return tr("Contacts");
    case FollowUpsRow: return tr("Follow-ups");
    case OrdersRow: return tr("Orders");
    case TagsRow: return tr("Tags");
    default: return MergeFields::label(fieldKey(section));
    }
}
