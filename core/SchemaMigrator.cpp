#include "SchemaMigrator.h"

#include "AuditSchema.h"
#include "DuplicateLookupIndexes.h"
#include "MergeSchema.h"
#include "NameSortKey.h"
#include "OrderHistoryIndex.h"
#include "PoolSchema.h"
#include "SearchIndex.h"
#include "SegmentSnapshotSchema.h"
#include "Transaction.h"
#include "UserSchema.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

namespace {
// 'DOSS': marks the file as a Dossier archive so that other SQLite files are never "upgraded".
constexpr int applicationId = 0x444F5353;


Status createBaseTables(QSqlDatabase& db)
{
    return SchemaMigrator::execAll(db, {
        QStringLiteral("PRAGMA application_id = %1").arg(applicationId),
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE users ("
                       " id INTEGER PRIMARY KEY,"
                       " login TEXT NOT NULL UNIQUE,"
                       " display_name TEXT NOT NULL DEFAULT '',"
                       " active INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE customers ("
                       " id INTEGER PRIMARY KEY,"
                       " code TEXT NOT NULL UNIQUE,"
                       " name TEXT NOT NULL,"
                       " kind TEXT NOT NULL DEFAULT 'company' CHECK (kind IN ('company','individual')),"
                       " family_name TEXT NOT NULL DEFAULT '',"
                       " given_name TEXT NOT NULL DEFAULT '',"
                       " company TEXT NOT NULL DEFAULT '',"
                       " industry TEXT NOT NULL DEFAULT '',"
                       " province TEXT NOT NULL DEFAULT '',"
                       " city TEXT NOT NULL DEFAULT '',"
                       " address TEXT NOT NULL DEFAULT '',"
                       " postcode TEXT NOT NULL DEFAULT '',"
                       " source TEXT NOT NULL DEFAULT '',"
                       " level TEXT NOT NULL DEFAULT '',"
                       " stage TEXT NOT NULL DEFAULT 'lead' CHECK (stage IN ('lead','customer','active','lost')),"
                       " owner_id INTEGER REFERENCES users(id),"
                       " notes TEXT NOT NULL DEFAULT '',"
                       " birthday TEXT,"
                       " id_number TEXT NOT NULL DEFAULT '',"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " version INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE INDEX customers_stage ON customers(stage)"),
        QStringLiteral("CREATE INDEX customers_owner ON customers(owner_id)"),
        QStringLiteral("CREATE INDEX customers_province ON customers(province)"),
        QStringLiteral("CREATE TABLE contacts ("
                       " id INTEGER PRIMARY KEY,"
                       " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                       " name TEXT NOT NULL DEFAULT '',"
                       " title TEXT NOT NULL DEFAULT '',"
                       " mobile TEXT NOT NULL DEFAULT '',"
                       " phone TEXT NOT NULL DEFAULT '',"
                       " email TEXT NOT NULL DEFAULT '',"
                       " wechat TEXT NOT NULL DEFAULT '',"
                       " birthday TEXT,"
                       " is_primary INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX contacts_customer ON contacts(customer_id)"),
        QStringLiteral("CREATE TABLE interactions ("
                       " id INTEGER PRIMARY KEY,"
                       " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                       " type TEXT NOT NULL CHECK (type IN ('call','visit','email','wechat','meeting','other')),"
                       " happened_at TEXT NOT NULL,"
                       " author_id INTEGER REFERENCES users(id),"
                       " content TEXT NOT NULL DEFAULT '',"
                       " next_date TEXT)"),
        QStringLiteral("CREATE INDEX interactions_customer ON interactions(customer_id, happened_at)"),
        QStringLiteral("CREATE INDEX interactions_next ON interactions(next_date)"),
        QStringLiteral("CREATE TABLE orders ("
                       " id INTEGER PRIMARY KEY,"
                       " order_no TEXT NOT NULL UNIQUE,"
                       " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                       " order_date TEXT NOT NULL,"
                       " amount_cents INTEGER NOT NULL,"
                       " currency TEXT NOT NULL DEFAULT 'CNY',"
                       " product TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX orders_customer ON orders(customer_id, order_date)"),
        QStringLiteral("CREATE TABLE tags (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE)"),
        QStringLiteral("CREATE TABLE customer_tags ("
                       " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                       " tag_id INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,"
                       " PRIMARY KEY (customer_id, tag_id))"),
        QStringLiteral("CREATE INDEX customer_tags_tag ON customer_tags(tag_id)"),
        QStringLiteral("INSERT INTO meta(key, value) VALUES ('next_customer_number', '1')"),
    });
}

Status createCustomFields(QSqlDatabase& db)
{
    return SchemaMigrator::execAll(db, {
        QStringLiteral("CREATE TABLE custom_field_defs ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE,"
                       " type TEXT NOT NULL CHECK (type IN ('text','number','date','choice')),"
                       " choices TEXT NOT NULL DEFAULT '',"
                       " position INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE custom_field_values ("
                       " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                       " field_id INTEGER NOT NULL REFERENCES custom_field_defs(id) ON DELETE CASCADE,"
                       " value TEXT NOT NULL,"
                       " PRIMARY KEY (customer_id, field_id))"),
    });
}

// Pinyin-ordered sorting needs a key the database can index; see NameSortKey.
Status addNameSortKeys(QSqlDatabase& db)
{
    if (Status s = SchemaMigrator::execAll(db, {QStringLiteral("ALTER TABLE customers ADD COLUMN name_key BLOB")}); !s)
        return s;
    QSqlQuery select(db);
    select.setForwardOnly(true);
    if (!select.exec(QStringLiteral("SELECT id, name FROM customers")))
        return Status::failure(select.lastError().text());
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE customers SET name_key = ? WHERE id = ?"));
    while (select.next()) {
        update.addBindValue(NameSortKey::of(select.value(1).toString()));
        update.addBindValue(select.value(0));
        if (!update.exec())
            return Status::failure(update.lastError().text());
    }
    return SchemaMigrator::execAll(db, {
        QStringLiteral("CREATE INDEX customers_name_key ON customers(name_key)"),
        QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES ('name_key_collator', '%1')")
            .arg(NameSortKey::collatorVersion()),
    });
}
// The list sorts by any column; without these a million-row archive re-sorts by a full scan on the GUI
// thread. The stage index is on the same expression CustomerRepository orders by (lifecycle order).
Status addSortIndexes(QSqlDatabase& db)
{
    return SchemaMigrator::execAll(db, {
        QStringLiteral("CREATE INDEX customers_updated_at ON customers(updated_at)"),
        QStringLiteral("CREATE INDEX customers_city ON customers(city)"),
        QStringLiteral("CREATE INDEX customers_industry ON customers(industry)"),
        QStringLiteral("CREATE INDEX customers_level ON customers(level)"),
        QStringLiteral("CREATE INDEX customers_kind ON customers(kind)"),
        QStringLiteral("CREATE INDEX customers_stage_order ON customers("
                       "CASE stage WHEN 'lead' THEN 0 WHEN 'customer' THEN 1 WHEN 'active' THEN 2 ELSE 3 END)"),
    });
}
// Every import is a batch that can be undone: what it inserted, and what updated records looked like before.
Status addImportBatches(QSqlDatabase& db)
{
    return SchemaMigrator::execAll(db, {
        QStringLiteral("CREATE TABLE import_batches ("
                       " id INTEGER PRIMARY KEY,"
                       " created_at TEXT NOT NULL,"
                       " file_name TEXT NOT NULL DEFAULT '',"
                       " target TEXT NOT NULL CHECK (target IN ('customers','orders','interactions')),"
                       " rows INTEGER NOT NULL DEFAULT 0,"
                       " imported INTEGER NOT NULL DEFAULT 0,"
                       " updated INTEGER NOT NULL DEFAULT 0,"
                       " skipped INTEGER NOT NULL DEFAULT 0,"
                       " rejected INTEGER NOT NULL DEFAULT 0,"
                       " undone_at TEXT)"),
        QStringLiteral("CREATE TABLE import_changes ("
                       " id INTEGER PRIMARY KEY,"
                       " batch_id INTEGER NOT NULL REFERENCES import_batches(id) ON DELETE CASCADE,"
                       " entity TEXT NOT NULL CHECK (entity IN ('customer','order','interaction')),"
                       " entity_id INTEGER NOT NULL,"
                       " last_entity_id INTEGER,"
                       " action TEXT NOT NULL CHECK (action IN ('insert','update')),"
                       " before TEXT,"
                       " version_after INTEGER)"),
        QStringLiteral("CREATE INDEX import_changes_batch ON import_changes(batch_id)"),
    });
}
// Tasks assigned to users, and a renewal date per customer: the reminders (DueList) read both. The
// birthday indexes are on the month-day part, so "birthdays in the next 7 days" is an index lookup.
Status addTasksAndRenewals(QSqlDatabase& db)
{
    return SchemaMigrator::execAll(db, {
        QStringLiteral("CREATE TABLE tasks ("
                       " id INTEGER PRIMARY KEY,"
                       " customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,"
                       " title TEXT NOT NULL,"
                       " due_date TEXT NOT NULL,"
                       " assignee_id INTEGER REFERENCES users(id),"
                       " created_by INTEGER REFERENCES users(id),"
                       " created_at TEXT NOT NULL,"
                       " done_at TEXT,"
                       " follow_up_id INTEGER REFERENCES interactions(id) ON DELETE SET NULL)"),
        QStringLiteral("CREATE INDEX tasks_customer ON tasks(customer_id)"),
        QStringLiteral("CREATE INDEX tasks_open_due ON tasks(due_date) WHERE done_at IS NULL"),
        QStringLiteral("ALTER TABLE customers ADD COLUMN renewal_date TEXT"),
        QStringLiteral("CREATE INDEX customers_renewal ON customers(renewal_date) WHERE renewal_date IS NOT NULL"),
        QStringLiteral("CREATE INDEX customers_birthday_md ON customers(substr(birthday, 6, 5))"
                       " WHERE birthday IS NOT NULL"),
        QStringLiteral("CREATE INDEX contacts_birthday_md ON contacts(substr(birthday, 6, 5))"
                       " WHERE birthday IS NOT NULL"),
    });
}
// Smart lists (issue 7): filter definitions as JSON, owned by a user, optionally shared with the team.
Status addSavedFilters(QSqlDatabase& db)
{
    return SchemaMigrator::execAll(db, {
        QStringLiteral("CREATE TABLE saved_filters ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL,"
                       " owner_id INTEGER NOT NULL REFERENCES users(id),"
                       " shared INTEGER NOT NULL DEFAULT 0,"
                       " definition TEXT NOT NULL,"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL,"
                       " UNIQUE (owner_id, name))"),
        QStringLiteral("CREATE INDEX saved_filters_shared ON saved_filters(shared)"),
    });
}
} // namespace

Status SchemaMigrator::execAll(QSqlDatabase& db, const QStringList& statements)
{
    QSqlQuery query(db);
    for (const QString& sql : statements)
        if (!query.exec(sql))
            return Status::failure(
                SchemaMigrator::tr("Schema change failed: %1 (%2)").arg(query.lastError().text(), sql.left(80)));
    return {};
}

const std::vector<SchemaMigrator::Step>& SchemaMigrator::steps()
{
    static const std::vector<Step> all = {
        {1, "customers, contacts, follow-ups, orders, tags, users", createBaseTables},
        {2, "admin-defined custom fields", createCustomFields},
        {3, "pinyin sort keys for customer names", addNameSortKeys},
        {4, "indexes for sorting the customer list", addSortIndexes},
        {5, "import batches that can be undone", addImportBatches},
        {6, "tasks and renewal dates for reminders", addTasksAndRenewals},
        {7, "segment snapshots", SegmentSnapshotSchema::create},
        {8, "saved smart lists", addSavedFilters},
        {9, "customer search index", SearchIndex::install},
        {10, "audit log, customer history and recycle bin", AuditSchema::create},
        {11, "merges that can be undone, and pairs marked not the same customer", MergeSchema::create},
        {12, "covering index for order histories", OrderHistoryIndex::create},
        {13, "smaller search index, built faster", SearchIndex::upgradeLayout},
        {14, "public pool: since when each owner has a customer", PoolSchema::create},
        {15, "user accounts: roles, passwords, lock-out", UserSchema::addAccounts},
        {16, "indexes for the duplicate check on entry", DuplicateLookupIndexes::create},
    };
    return all;
}

int SchemaMigrator::latestVersion()
{
    return steps().back().version;
}

Result<int> SchemaMigrator::currentVersion(QSqlDatabase& db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return Result<int>::failure(tr("Cannot read the archive format: %1").arg(query.lastError().text()));
    const int version = query.value(0).toInt();
    if (version == 0) {
        // Version 0 with tables in it is somebody else's database: never adopt it.
        QSqlQuery tables(db);
        if (tables.exec(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'")) && tables.next() &&
            tables.value(0).toInt() > 0)
            return Result<int>::failure(tr("This SQLite file is not a Dossier archive."));
    } else {
        QSqlQuery app(db);
        if (app.exec(QStringLiteral("PRAGMA application_id")) && app.next() && app.value(0).toInt() != applicationId)
            return Result<int>::failure(tr("This SQLite file is not a Dossier archive."));
    }
    return version;
}

Status SchemaMigrator::migrate(QSqlDatabase& db, int targetVersion, const StepProgress& progress)
{
    if (targetVersion < 0)
        targetVersion = latestVersion();
    const auto current = currentVersion(db);
    if (!current)
        return Status::failure(current.error());
    if (*current > latestVersion())
        return Status::failure(tr("The archive was written by a newer version of Dossier (format %1); "
                                  "this program reads up to format %2.")
                                   .arg(*current)
                                   .arg(latestVersion()));
    int total = 0;
    for (const Step& step : steps())
        total += step.version > *current && step.version <= targetVersion ? 1 : 0;
    int done = 0;
    for (const Step& step : steps()) {
        if (step.version <= *current || step.version > targetVersion)
            continue;
        if (progress && !progress(done, total))
            return Status::failure(tr("The upgrade was stopped after %n step(s); the archive is at format %1 and "
                                      "continues upgrading the next time it is opened.",
                                      "", done)
                                       .arg(step.version - 1),
                                   ErrorKind::Cancelled);
        ++done;
        Transaction transaction(db);
        if (!transaction.isActive())
            return Status::failure(tr("Cannot start the upgrade to format %1: %2")
                                       .arg(step.version)
                                       .arg(db.lastError().text()));
        if (Status applied = step.apply(db); !applied)
            return Status::failure(tr("Upgrading the archive to format %1 failed: %2").arg(step.version).arg(applied.error()));
        QSqlQuery setVersion(db);
        if (!setVersion.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)) || !transaction.commit())
            return Status::failure(tr("Upgrading the archive to format %1 failed: %2")
                                       .arg(step.version)
                                       .arg(setVersion.lastError().text()));
    }
    return {};
}

int SchemaMigrator::pendingSteps(const QString& path)
{
    if (!QFileInfo::exists(path))
        return 0;
    const QString name = QStringLiteral("dossier-version-probe-%1").arg(quintptr(QThread::currentThreadId()));
    int pending = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            if (const auto current = currentVersion(db); current && *current <= latestVersion())
                for (const Step& step : steps())
                    pending += step.version > *current ? 1 : 0;
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return pending;
}
