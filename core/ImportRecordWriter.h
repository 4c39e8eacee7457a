#pragma once

#include "BulkCustomerWriter.h"
#include "CustomFieldDefinition.h"
#include "ImportBatchRepository.h"
#include "ImportOptions.h"
#include "ImportRowConverter.h"
#include "SearchMarkDeferral.h"

#include <QCoreApplication>
#include <QHash>
#include <functional>

class Archive;

// Stores imported records inside the import's transaction: new ones through the bulk writer, existing ones
// (same customer code / order number) updated or skipped as chosen, every change recorded in the batch so
// the import can be undone. A row-level failure (e.g. an order for an unknown customer) comes back with
// ErrorKind::NotFound and rejects just that row; any other failure stops the import.
class ImportRecordWriter {
    Q_DECLARE_TR_FUNCTIONS(ImportRecordWriter)

public:
    enum class Outcome { Inserted, Updated, Skipped };

    ImportRecordWriter(Archive& archive, qint64 batchId, ImportOptions::OnExisting onExisting);

    Status prepare();
    Result<Outcome> write(const ImportedCustomer& customer);
    Result<Outcome> write(const ImportedOrder& order);
    Result<Outcome> write(const ImportedInteraction& interaction);
    // Moves the customer code counter past the codes generated and indexes the new customers for search,
    // running `meanwhile` on the way (see SearchIndex::refresh); `carryOn` returning false cancels (error
    // kind Cancelled).
    Status finish(const std::function<bool()>& carryOn = {}, const SearchIndex::Meanwhile& meanwhile = {});

private:
    Result<qint64> customerIdForCode(const QString& code); // 0 when there is none
    Result<qint64> existingCustomer(const QString& code);  // ErrorKind::NotFound when there is none
    Result<QString> generateCode();
    Result<Outcome> updateCustomer(qint64 id, const ImportedCustomer& imported);
    // Inserts are recorded as runs of consecutive ids; a run is written out when it breaks.
    Status noteInserted(const QString& entity, qint64 id);
    Status flushInserted();

    Archive& m_archive;
    qint64 m_batchId;
    ImportOptions::OnExisting m_onExisting;
    SearchMarkDeferral m_searchMarks; // the import marks its customers for search once, at the end
    BulkCustomerWriter m_bulk;
    ImportBatchRepository m_batches;
    QHash<QString, qint64> m_customFieldIds;
    QHash<QString, qint64> m_customerIds; // code -> id, for orders and follow-ups that repeat customers
    qint64 m_nextNumber = 1;
    QString m_runEntity;
    qint64 m_runFirst = 0;
    qint64 m_runLast = 0;
    QDateTime m_now;
};
