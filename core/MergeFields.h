#pragma once

#include "Customer.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

// The surviving value per field: field key -> id of the record whose value the survivor gets.
using MergeChoices = QHash<QString, qint64>;

// The fields a merge chooses between and how the survivor is put together. Keys are the model's field names
// (name, company, city, birthday, ..., as in RecordSnapshot) and "custom:<name>" for custom fields. Tags are
// not chosen: the survivor gets every record's tags. Contacts, follow-ups, orders and tasks all move.
//
// Default choice per field (`defaults`): among the records that have a value, the most recently updated one;
// on equal update times the more complete record (more fields filled); then the survivor. Notes default to
// all distinct notes combined (survivor's first), so nothing typed is lost.
class MergeFields {
    Q_DECLARE_TR_FUNCTIONS(MergeFields)

public:
    static constexpr qint64 CombineNotes = -1; // the "notes" choice that keeps every record's notes

    // Records of a merge: the survivor first. Keys of every own field, then custom fields any record has.
    static QStringList keys(const QList<Customer>& records);
    static QString label(const QString& key);
    static QString text(const Customer& customer, const QString& key); // as shown; empty = no value
    static bool differs(const QList<Customer>& records, const QString& key);
    static MergeChoices defaults(const QList<Customer>& records);
    // The survivor (records.first(), keeping its id, code and version) with the chosen values; fields
    // without a choice take the default. A choice naming a record outside the merge is a usage error.
    static Result<Customer> survivor(const QList<Customer>& records, const MergeChoices& choices = {});
    static QString combinedNotes(const QList<Customer>& records);
    // Which record is kept when nobody chose: the one entered first (earliest created, then lowest id): its
    // code is the one people have used longest. Index into `records`; -1 when empty.
    static int defaultSurvivor(const QList<Customer>& records);
};
