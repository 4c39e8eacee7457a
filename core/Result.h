#pragma once

#include <QString>

#include <optional>
#include <utility>

// Why an operation failed, for callers that react differently (e.g. a concurrent-edit conflict).
enum class ErrorKind { None, Generic, NotFound, Conflict, Duplicate, Usage, Cancelled };

// A value or a user-readable error message. Core never shows dialogs: it returns one of these
// and ui/ or app/ decides how to present the failure.
template <typename T> class Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    static Result failure(QString message, ErrorKind kind = ErrorKind::Generic)
    {
        Result r(std::move(message), 0);
        r.m_kind = kind;
        return r;
    }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    // From a temporary Result the value is moved out, so `for (x : *repo.list())` never dangles.
    T value() && { return std::move(*m_value); }
    const T& operator*() const& { return *m_value; }
    T& operator*() & { return *m_value; }
    T operator*() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    const QString& error() const { return m_error; }
    ErrorKind errorKind() const { return m_kind; }

private:
    Result(QString message, int) : m_error(std::move(message)) {}
    std::optional<T> m_value;
    QString m_error;
    ErrorKind m_kind = ErrorKind::None;
};

// For operations with nothing to return.
class Status {
public:
    Status() = default;
    static Status failure(QString message, ErrorKind kind = ErrorKind::Generic)
    {
        Status s;
        s.m_error = std::move(message);
        s.m_kind = kind;
        return s;
    }
    bool ok() const { return m_kind == ErrorKind::None; }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error; }
    ErrorKind errorKind() const { return m_kind; }

private:
    QString m_error;
    ErrorKind m_kind = ErrorKind::None;
};
