#pragma once

#include <QDate>

// When the periodic review reminder for stale records may show again: at most once per `intervalDays`.
// The caller keeps `lastShown` (the GUI in QSettings, per archive).
class ReviewReminderSchedule {
public:
    static constexpr int defaultIntervalDays = 7;
    // Due when never shown, when intervalDays have passed, or when the last date lies in the future (a clock
    // that was wrong must not silence the reminder for good).
    static bool isDue(const QDate& lastShown, const QDate& today, int intervalDays = defaultIntervalDays);
};
