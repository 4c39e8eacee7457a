#pragma once

#include "ActingUser.h"

#include <QString>

// Who signed in to which archive in this process. The GUI thread's Database has its acting user; workers
// open their own connection (ArchiveWorker) and take the same user from here, so a background export or
// import is decided by the same role as the window that started it.
class SignedInUser {
public:
    static void set(const QString& archivePath, const ActingUser& user);
    static ActingUser forArchive(const QString& archivePath); // nobody when none signed in
};
