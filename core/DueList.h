#pragma once

#include "DueLists.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlDatabase>

// The reminder lists of one user for one day (docs/reminders.md has the rules):
// - open tasks by due date, for the assignee (the customer's owner when nobody is assigned);
// - planned follow-ups: the next date of a customer's latest follow-up (a later follow-up closes it), for
//   the customer's owner (the follow-up's author when the customer has no owner);
// - birthdays of contacts and of individual customers, for the owner; only today and the coming six days,
//   never overdue; 29 February falls on 28 February in common years;
// - renewal dates, for the owner; overdue until the date is moved to the next renewal.
// "Today" is a parameter, so the lists are reproducible (tests, --today).
class DueList {
    Q_DECLARE_TR_FUNCTIONS(DueList)

public:
    static constexpr int weekDays = 7; // "This week" = tomorrow up to today + weekDays - 1

    explicit DueList(QSqlDatabase& db) : m_db(db) {}

    // user: login; empty = everybody. An unknown login has nothing due.
    Result<DueLists> compute(const QDate& today, const QString& user = QString());

    // The first occurrence of a birthday on or after `from` (29 Feb -> 28 Feb in common years).
    static QDate nextBirthday(const QDate& birthday, const QDate& from);

private:
    QSqlDatabase& m_db;
};
