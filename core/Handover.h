#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

class Archive;

// A rep leaves: everything they are responsible for moves to a colleague or to the public pool in one
// transaction — all or nothing. Their customers change owner through normal updates (version bumped, history
// kept); their open tasks change assignee (to the pool: no assignee, which means "whoever owns the customer");
// planned follow-ups (next_date) are due for the customer's owner, so they follow the customers. By default the
// departing user is disabled in the same transaction (only an administrator may do that); a move between
// colleagues who both stay keeps them enabled (Departing::KeepActive). Needs Permission::Reassign.
class Handover {
    Q_DECLARE_TR_FUNCTIONS(Handover)

public:
    enum class Departing { Disable, KeepActive };
    struct Outcome {
        int customers = 0;
        int tasks = 0;
        int plannedFollowUps = 0; // on the moved customers, dated today or later
        bool disabled = false;    // the departing user was disabled
    };

    explicit Handover(Archive& archive) : m_archive(archive) {}

    // `to` empty = the public pool. Unknown users are refused (NotFound), as is handing over to oneself or to a
    // disabled user (Usage). When the departing user cannot be disabled (not an administrator acting, or the
    // last administrator) nothing moves.
    Result<Outcome> run(const QString& from, const QString& to, Departing departing = Departing::Disable,
                        const QDate& today = QDate::currentDate());

private:
    Archive& m_archive;
};
