#include "PhaseTrace.h"

#include <QtGlobal>

#include <cstdio>
#include <ctime>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

PhaseTrace::PhaseTrace(const char* label, const char* variable)
    : m_label(label)
    , m_on(qEnvironmentVariableIntValue(variable) != 0)
{
    m_timer.start();
}

void PhaseTrace::phase(const char* name) const
{
#ifdef Q_OS_UNIX
    if (!m_on)
        return;
    timespec cpu{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::fprintf(stderr, "%s: %-12s %8.2f s wall %8.2f s cpu, peak so far %6.0f MiB\n", m_label, name,
                 double(m_timer.nsecsElapsed()) / 1e9, double(cpu.tv_sec) + double(cpu.tv_nsec) / 1e9,
                 double(usage.ru_maxrss) / 1024.0);
#else
    Q_UNUSED(name);
#endif
}
