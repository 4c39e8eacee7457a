#pragma once

#include <QElapsedTimer>

// Prints the wall time, the process's CPU time and its peak memory at the end of each phase of a long job
// to stderr, when the environment variable it is given is set to a nonzero number (for the figures in
// docs/performance.md; silent otherwise).
class PhaseTrace {
public:
    // `label` starts every line ("dedupe", "reindex"); `variable` switches the trace on.
    PhaseTrace(const char* label, const char* variable);

    void phase(const char* name) const;

private:
    const char* m_label;
    bool m_on;
    QElapsedTimer m_timer;
};
