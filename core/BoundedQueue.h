#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>

// A queue between two threads with a fixed number of places, so a fast producer waits for a slow consumer
// instead of filling memory. finish() says no more items will come; stop() wakes and ends both sides.
template <typename T> class BoundedQueue {
public:
    explicit BoundedQueue(size_t capacity) : m_capacity(capacity) {}

    // False when the queue was stopped: the item was not taken.
    bool push(T item)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_items.size() < m_capacity || m_stopped; });
        if (m_stopped)
            return false;
        m_items.push_back(std::move(item));
        lock.unlock();
        m_changed.notify_all();
        return true;
    }

    // Like push() but never waits: false (item kept by the caller) when the queue is full or stopped.
    bool tryPush(T& item)
    {
        std::unique_lock lock(m_mutex);
        if (m_items.size() >= m_capacity || m_stopped)
            return false;
        m_items.push_back(std::move(item));
        lock.unlock();
        m_changed.notify_all();
        return true;
    }

    // The next item; nullopt once finished and drained, or when stopped.
    std::optional<T> pop()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_items.empty() || m_finished || m_stopped; });
        if (m_stopped || m_items.empty())
            return std::nullopt;
        T item = std::move(m_items.front());
        m_items.pop_front();
        lock.unlock();
        m_changed.notify_all();
        return item;
    }

    // Everything queued so far, without waiting.
    std::deque<T> takeAll()
    {
        std::lock_guard lock(m_mutex);
        std::deque<T> all;
        all.swap(m_items);
        m_changed.notify_all();
        return all;
    }

    void finish() { set(m_finished); }
    void stop() { set(m_stopped); }

private:
    void set(bool& flag)
    {
        {
            std::lock_guard lock(m_mutex);
            flag = true;
        }
        m_changed.notify_all();
    }

    const size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<T> m_items;
    bool m_finished = false;
    bool m_stopped = false;
};
