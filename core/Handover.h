#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class Archive;

// A rep leaves: everything they are responsible for moves to a colleague or to the public pool in one
// transaction — all or nothing. Their customers change owner through normal updates (version bumped, history
// kept); their open tasks change assignee (to the pool: no assignee, which means "whoever owns the customer");
// planned follow-ups (next_date) are due for the customer's owner, so they follow the customers. Disabling the
// user is a separate step (user management).
class Handover {
    Q_DECLARE_TR_FUNCTIONS(Handover)

public:
    struct Outcome {
        int customers = 0;
        int tasks = 0;
        int plannedFollowUps = 0; // on the moved customers, dated today or later
    };

    explicit Handover(Archive& archive) : m_archive(archive) {}

    // `to` empty = the public pool. Unknown users are refused (NotFound), as is handing over to oneself or to a
    // disabled user (Usage).
    Result<Outcome> run(const QString& from, const QString& to, const QDate& today = QDate::currentDate());

private:
    Archive& m_archive;
};
