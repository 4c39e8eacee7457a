#pragma once

#include <QCoreApplication>
#include <QString>

// Where dossier-cli gets passwords: an environment variable (scripts), else a prompt on stderr that reads
// a line from stdin, without echo when stdin is a terminal. Passwords are never printed or logged.
class PasswordPrompt {
    Q_DECLARE_TR_FUNCTIONS(PasswordPrompt)

public:
    // The variable's value when set; otherwise asks with `prompt`. With `confirm`, a terminal user types it
    // twice and *ok is false when the two differ.
    static QString read(const char* environmentVariable, const QString& prompt, bool confirm, bool* ok);
};
