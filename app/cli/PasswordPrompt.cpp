#include "PasswordPrompt.h"

#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace {
// One line from stdin; echo is switched off while typing when stdin is a terminal.
QString readLine(const QString& prompt)
{
    QTextStream err(stderr);
    err << prompt;
    err.flush();
    const bool terminal = isatty(STDIN_FILENO) != 0;
    termios saved{};
    if (terminal && tcgetattr(STDIN_FILENO, &saved) == 0) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err << '\n';
        err.flush();
    }
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}
} // namespace

QString PasswordPrompt::read(const char* environmentVariable, const QString& prompt, bool confirm, bool* ok)
{
    *ok = true;
    if (qEnvironmentVariableIsSet(environmentVariable))
        return qEnvironmentVariable(environmentVariable);
    const QString first = readLine(prompt);
    if (confirm && isatty(STDIN_FILENO) != 0 && readLine(tr("Repeat the password: ")) != first) {
        *ok = false;
        return QString();
    }
    return first;
}
