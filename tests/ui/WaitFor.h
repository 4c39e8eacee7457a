#pragma once

#include <QDeadlineTimer>
#include <QTest>

// Runs the event loop until `done()` holds or the time is up. QTRY_* report through QtTest's own runner;
// this one reports to GoogleTest through its result.
template <typename Predicate> bool waitFor(Predicate done, int timeoutMs = 20000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(10);
    }
    return true;
}
