#pragma once

#include "Database.h"
#include "MergeFields.h"
#include "MergeInfo.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>

// Merges duplicate customer records into one, and undoes a merge exactly (issue 10).
//
// merge(keep, from, choices), in one transaction:
//  - contacts, follow-ups, orders and tasks of the merged records move to the survivor (a moved contact loses
//    its primary flag when the survivor already has a primary contact); their alias codes move too;
//  - the survivor gets every record's tags and, per field, the chosen value (MergeFields; default: most
//    recently updated non-empty value, notes combined);
//  - the merged records' codes become aliases of the survivor (searching an old code finds it);
//  - "not the same customer" marks of a merged record carry over to the survivor;
//  - the merged records are deleted, each frozen first whole (RawRows: every column of the customer row and
//    of every row its deletion removes, found through the schema's foreign keys, so tables added later are
//    covered too);
//  - the merge is recorded (merges, merge_records, merge_moves) with the acting user and the survivor's
//    state before, and the search index is refreshed before commit.
//
// unmerge(id) puts back what was there: the merged records with the same ids, codes and every column, the
// rows their deletion removed, the moved rows on their original customers (with their primary flags), the
// survivor's fields, tags and custom fields; the aliases the merge added are removed. The survivor's version
// moves forward (not back), so an editor still holding the merged state gets a conflict instead of silently
// writing it back. Rules:
//  - refused (nothing changes) when the merge was already undone, when the survivor was edited after the
//    merge (its version moved on: restoring its fields would throw the edit away; a version set by undoing a
//    later merge into it counts as unchanged, so merges are undone newest first), when a later merge into
//    the same survivor stands (undo that first), when the survivor was itself merged away (undo that merge
//    first) or deleted, or when a merged record's code has since been given to another customer;
//  - rows added to the survivor after the merge (new follow-ups, orders, tasks) stay with it; moved rows
//    deleted since stay deleted;
//  - if a merged record's id has been reused by a new customer (SQLite hands out max(id)+1), the record comes
//    back under a new id with everything else unchanged, and its rows follow it.
class CustomerMerger {
    Q_DECLARE_TR_FUNCTIONS(CustomerMerger)

public:
    explicit CustomerMerger(Database& database) : m_database(database) {}

    // Returns the merge id.
    Result<qint64> merge(qint64 keepId, const QList<qint64>& fromIds, const MergeChoices& choices = {});
    // Same by codes (aliases are not accepted: a merged-away record cannot be merged again).
    Result<qint64> mergeCodes(const QString& keepCode, const QStringList& fromCodes, const MergeChoices& choices = {});
    Result<MergeInfo> unmerge(qint64 mergeId);

private:
    Database& m_database;
};
