#pragma once

#include <QString>

// Who is working on an archive connection: recorded as the author of audit and history rows and asked by the
// access policy. An archive without users runs as nobody (id 0), which a personal archive allows.
struct ActingUser {
    qint64 id = 0;
    QString login;
    QString role; // "admin", "manager", "sales", "viewer"; empty when nobody is signed in

    bool isSignedIn() const { return id != 0; }
};
