#include "DueList.h"

#include "SqlValue.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace {
QDate occurrenceIn(int year, const QDate& birthday)
{
    const QDate exact(year, birthday.month(), birthday.day());
    return exact.isValid() ? exact : QDate(year, 2, 28); // only 29 Feb can be invalid
}

// Month-day keys ("12-31") of the window, as stored in substr(birthday, 6, 5); 28 Feb of a common year
// also stands for 29 Feb.
QStringList monthDays(const QDate& from, const QDate& to)
{
    QStringList keys;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        keys.append(d.toString(QStringLiteral("MM-dd")));
        if (d.month() == 2 && d.day() == 28 && !QDate::isLeapYear(d.year()))
            keys.append(QStringLiteral("02-29"));
    }
    return keys;
}

QString placeholders(qsizetype count)
{
    QStringList marks(count, QStringLiteral("?"));
    return marks.join(QLatin1Char(','));
}

int kindOrder(DueKind kind) { return int(kind); }
} // namespace

QDate DueList::nextBirthday(const QDate& birthday, const QDate& from)
{
    if (!birthday.isValid() || !from.isValid())
        return {};
    const QDate thisYear = occurrenceIn(from.year(), birthday);
    return thisYear >= from ? thisYear : occurrenceIn(from.year() + 1, birthday);
}

Result<DueLists> DueList::compute(const QDate& today, const QString& user)
{
    if (!today.isValid())
        return Result<DueLists>::failure(tr("The reminders need a valid date for today."), ErrorKind::Usage);
    const QDate weekEnd = today.addDays(weekDays - 1);
    const QString login = user.trimmed();
    qint64 userId = 0;
    if (!login.isEmpty()) {
        QSqlQuery find(m_db);
        find.prepare(QStringLiteral("SELECT id FROM users WHERE login = ?"));
        find.addBindValue(login);
        QString error;
        if (!SqlValue::exec(find, &error))
            return Result<DueLists>::failure(error);
        if (!find.next())
            return DueLists{};
        userId = find.value(0).toLongLong();
    }

    QList<DueItem> items;
    // Each query returns: date, customer id, code, name, text, user login, item id, person. `who` is the
    // SQL expression of the responsible user's id.
    const auto collect = [&](DueKind kind, const QString& select, const QString& who, const QVariantList& values) {
        QString sql = select.arg(who);
        QVariantList bound = values;
        if (userId > 0) {
            sql += QStringLiteral(" AND %1 = ?").arg(who);
            bound.append(userId);
        }
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant& v : bound)
            q.addBindValue(v);
        QString error;
        if (!SqlValue::exec(q, &error))
            return Status::failure(tr("Cannot read the reminders: %1").arg(error));
        while (q.next()) {
            DueItem item;
            item.kind = kind;
            item.date = SqlValue::toDate(q.value(0));
            item.customerId = q.value(1).toLongLong();
            item.code = q.value(2).toString();
            item.name = q.value(3).toString();
            item.text = q.value(4).toString();
            item.user = q.value(5).toString();
            if (kind == DueKind::Task)
                item.taskId = q.value(6).toLongLong();
            else if (kind == DueKind::FollowUp)
                item.followUpId = q.value(6).toLongLong();
            if (kind == DueKind::Birthday) {
                item.person = q.value(7).toString();
                item.date = nextBirthday(item.date, today);
                item.text = tr("Birthday of %1").arg(item.person);
                if (!item.date.isValid())
                    continue; // not a date we can read: nothing to remind of
            } else if (kind == DueKind::Renewal) {
                item.text = tr("Renewal due");
            }
            items.append(item);
        }
        return Status();
    };

    const QString weekEndText = SqlValue::fromDate(weekEnd).toString();
    const QString customerJoin = QStringLiteral(" JOIN customers c ON c.id = %2 LEFT JOIN users u ON u.id = %1");
    Status s = collect(DueKind::Task,
                       QStringLiteral("SELECT t.due_date, c.id, c.code, c.name, t.title, coalesce(u.login, ''), t.id, ''"
                                      " FROM tasks t") +
                           customerJoin.arg(QStringLiteral("%1"), QStringLiteral("t.customer_id")) +
                           QStringLiteral(" WHERE t.done_at IS NULL AND t.due_date <= ?"),
                       QStringLiteral("coalesce(t.assignee_id, c.owner_id)"), {weekEndText});
    // Only the latest follow-up of a customer still plans something: any later one (a call, a done task)
    // means the customer was followed up. "Later" is written as a range on happened_at so that the
    // interactions_customer index (customer_id, happened_at) answers it.
    if (s)
        s = collect(DueKind::FollowUp,
                    QStringLiteral("SELECT i.next_date, c.id, c.code, c.name, i.content, coalesce(u.login, ''), i.id, ''"
                                   " FROM interactions i") +
                        customerJoin.arg(QStringLiteral("%1"), QStringLiteral("i.customer_id")) +
                        QStringLiteral(" WHERE i.next_date IS NOT NULL AND i.next_date <= ?"
                                       " AND NOT EXISTS (SELECT 1 FROM interactions l WHERE l.customer_id = i.customer_id"
                                       " AND l.happened_at >= i.happened_at AND (l.happened_at > i.happened_at OR l.id > i.id))"),
                    QStringLiteral("coalesce(c.owner_id, i.author_id)"), {weekEndText});
    if (s)
        s = collect(DueKind::Renewal,
                    QStringLiteral("SELECT c.renewal_date, c.id, c.code, c.name, '', coalesce(u.login, ''), 0, ''"
                                   " FROM customers c LEFT JOIN users u ON u.id = %1"
                                   " WHERE c.renewal_date IS NOT NULL AND c.renewal_date <= ?"),
                    QStringLiteral("c.owner_id"), {weekEndText});
    const QStringList days = monthDays(today, weekEnd);
    QVariantList dayValues;
    for (const QString& day : days)
        dayValues.append(day);
    if (s)
        s = collect(DueKind::Birthday,
                    QStringLiteral("SELECT c.birthday, c.id, c.code, c.name, '', coalesce(u.login, ''), 0, c.name"
                                   " FROM customers c LEFT JOIN users u ON u.id = %1"
                                   " WHERE c.birthday IS NOT NULL AND c.kind = 'individual'"
                                   " AND substr(c.birthday, 6, 5) IN (") +
                        placeholders(days.size()) + QLatin1Char(')'),
                    QStringLiteral("c.owner_id"), dayValues);
    // An individual's own contact entry with the same name and birthday is the same person: listed once.
    if (s)
        s = collect(DueKind::Birthday,
                    QStringLiteral("SELECT k.birthday, c.id, c.code, c.name, '', coalesce(u.login, ''), k.id, k.name"
                                   " FROM contacts k") +
                        customerJoin.arg(QStringLiteral("%1"), QStringLiteral("k.customer_id")) +
                        QStringLiteral(" WHERE k.birthday IS NOT NULL AND substr(k.birthday, 6, 5) IN (") +
                        placeholders(days.size()) +
                        QStringLiteral(") AND NOT (c.kind = 'individual' AND c.birthday IS k.birthday AND c.name = k.name)"),
                    QStringLiteral("c.owner_id"), dayValues);
    if (!s)
        return Result<DueLists>::failure(s.error());

    std::sort(items.begin(), items.end(), [](const DueItem& a, const DueItem& b) {
        if (a.date != b.date)
            return a.date < b.date;
        if (a.kind != b.kind)
            return kindOrder(a.kind) < kindOrder(b.kind);
        if (a.code != b.code)
            return a.code < b.code;
        return a.text < b.text;
    });
    DueLists lists;
    for (const DueItem& item : items) {
        if (item.date < today)
            lists.overdue.append(item);
        else if (item.date == today)
            lists.today.append(item);
        else if (item.date <= weekEnd)
            lists.thisWeek.append(item);
    }
    return lists;
}
