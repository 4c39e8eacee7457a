#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

// Passwords are stored only as libsodium crypto_pwhash_str strings (Argon2id, with salt and the limits
// used, e.g. "$argon2id$v=19$m=65536,t=2,p=1$..."), so verification keeps working if the limits change.
// Production uses libsodium's INTERACTIVE limits (64 MiB, 2 passes: a fraction of a second per sign-in).
class PasswordHasher {
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)

public:
    struct Limits {
        unsigned long long opsLimit;
        size_t memLimit;
    };
    static Limits interactiveLimits();

    static Result<QString> hash(const QString& password);
    static bool verify(const QString& storedHash, const QString& password);

    // Test hook only: unit tests that hash many passwords lower the limits for their process through
    // this scope (production code never constructs one). The previous limits come back when it ends.
    class TestLimits {
    public:
        explicit TestLimits(Limits limits);
        ~TestLimits();
        TestLimits(const TestLimits&) = delete;
        TestLimits& operator=(const TestLimits&) = delete;

    private:
        Limits m_previous;
    };
};
