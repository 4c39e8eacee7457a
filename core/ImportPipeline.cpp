#include "ImportPipeline.h"

namespace {
constexpr int rowsPerBatch = 512;
constexpr size_t batchesAhead = 4; // bounded: memory stays flat however large the file
} // namespace

ImportPipeline::ImportPipeline(NextRow next, const TabularSource& source, const ImportRowConverter& converter,
                               ImportTarget target)
    : m_next(std::move(next)), m_source(source), m_converter(converter), m_target(target)
{
    m_thread = std::thread([this] { run(); });
}

ImportPipeline::~ImportPipeline()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void ImportPipeline::run()
{
    for (;;) {
        {
            std::deque<QList<ConvertedRow>> used;
            {
                std::lock_guard lock(m_mutex);
                used.swap(m_used);
            }
        } // destroyed here, on this thread
        QList<ConvertedRow> batch;
        batch.reserve(rowsPerBatch);
        while (batch.size() < rowsPerBatch) {
            auto row = m_next();
            if (!row)
                break;
            ConvertedRow converted;
            converted.number = row->number;
            switch (m_target) {
            case ImportTarget::Customers: {
                ImportedCustomer record;
                converted.accepted = m_converter.toCustomer(*row, &record, &converted.problems);
                converted.record = std::move(record);
                break;
            }
            case ImportTarget::Orders: {
                ImportedOrder record;
                converted.accepted = m_converter.toOrder(*row, &record, &converted.problems);
                converted.record = std::move(record);
                break;
            }
            case ImportTarget::Interactions: {
                ImportedInteraction record;
                converted.accepted = m_converter.toInteraction(*row, &record, &converted.problems);
                converted.record = std::move(record);
                break;
            }
            }
            batch.append(std::move(converted));
        }
        const bool last = batch.size() < rowsPerBatch;
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_ready.size() < batchesAhead || m_stopping; });
        if (m_stopping)
            return;
        m_progress = m_source.progress();
        if (!batch.isEmpty())
            m_ready.push_back(std::move(batch));
        if (last) {
            m_readError = m_source.error();
            m_finished = true;
        }
        lock.unlock();
        m_changed.notify_all();
        if (last)
            return;
    }
}

QList<ConvertedRow> ImportPipeline::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_ready.empty() || m_finished; });
    if (m_ready.empty())
        return {};
    QList<ConvertedRow> batch = std::move(m_ready.front());
    m_ready.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return batch;
}

void ImportPipeline::recycle(QList<ConvertedRow>&& batch)
{
    std::lock_guard lock(m_mutex);
    if (!m_finished && !m_stopping)
        m_used.push_back(std::move(batch));
}

double ImportPipeline::progress() const
{
    std::lock_guard lock(m_mutex);
    return m_progress;
}

QString ImportPipeline::readError() const
{
    std::lock_guard lock(m_mutex);
    return m_readError;
}
