#include "ImportPipeline.h"

namespace {
constexpr int rowsPerBatch = 512;
constexpr size_t batchesAhead = 4;
} // namespace

ImportPipeline::ImportPipeline(NextRow next, const TabularSource& source, const ImportRowConverter& converter)
    : m_next(std::move(next)), m_source(source), m_converter(converter), m_read(batchesAhead),
      m_converted(batchesAhead), m_used(batchesAhead * 4)
{
    m_reader = std::thread([this] { read(); });
    m_converterThread = std::thread([this] { convert(); });
}

ImportPipeline::~ImportPipeline()
{
    m_read.stop();
    m_converted.stop();
    m_used.stop();
    m_reader.join();
    m_converterThread.join();
}

void ImportPipeline::read()
{
    for (;;) {
        QList<SourceRow> batch;
        batch.reserve(rowsPerBatch);
        while (batch.size() < rowsPerBatch) {
            auto row = m_next();
            if (!row)
                break;
            batch.append(std::move(*row));
        }
        const bool last = batch.size() < rowsPerBatch;
        m_rowsRead += batch.size();
        m_progress = m_source.progress();
        if (last) {
            std::lock_guard lock(m_errorMutex);
            m_readError = m_source.error();
        }
        if ((!batch.isEmpty() && !m_read.push(std::move(batch))) || last) {
            m_read.finish();
            return;
        }
    }
}

void ImportPipeline::convert()
{
    while (auto rows = m_read.pop()) {
        m_used.takeAll(); // freed here, where they were made
        QList<ConvertedRow> batch;
        batch.reserve(rows->size());
        for (const SourceRow& row : *rows)
            batch.append(m_converter.convert(row));
        if (!m_converted.push(std::move(batch)))
            return;
    }
    m_converted.finish();
}

QList<ConvertedRow> ImportPipeline::next()
{
    auto batch = m_converted.pop();
    return batch ? std::move(*batch) : QList<ConvertedRow>();
}

void ImportPipeline::recycle(QList<ConvertedRow>&& batch)
{
    m_used.tryPush(batch); // when full (converting has ended), the batch is simply freed here
}

qint64 ImportPipeline::estimatedRows() const
{
    const double progress = m_progress.load();
    const qint64 rows = m_rowsRead.load();
    return progress > 0 ? qint64(double(rows) / progress) : rows;
}

QString ImportPipeline::readError() const
{
    std::lock_guard lock(m_errorMutex);
    return m_readError;
}
