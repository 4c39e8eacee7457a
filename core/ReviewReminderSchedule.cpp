#include "ReviewReminderSchedule.h"

#include <algorithm>

bool ReviewReminderSchedule::isDue(const QDate& lastShown, const QDate& today, int intervalDays)
{
    if (!lastShown.isValid() || lastShown > today)
        return true;
    return lastShown.daysTo(today) >= std::max(1, intervalDays);
}
