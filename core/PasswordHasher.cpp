#include "PasswordHasher.h"

#include <sodium.h>

namespace {
PasswordHasher::Limits& currentLimits()
{
    static PasswordHasher::Limits limits = PasswordHasher::interactiveLimits();
    return limits;
}

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

PasswordHasher::Limits PasswordHasher::interactiveLimits()
{
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

Result<QString> PasswordHasher::hash(const QString& password)
{
    if (!sodiumReady())
        return Result<QString>::failure(tr("The password library could not be started."));
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const Limits limits = currentLimits();
    if (crypto_pwhash_str_alg(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), limits.opsLimit,
                              limits.memLimit, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return Result<QString>::failure(tr("Not enough memory to protect the password."));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString& storedHash, const QString& password)
{
    if (!sodiumReady() || storedHash.isEmpty())
        return false;
    const QByteArray stored = storedHash.toLatin1();
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size())) ==
           0;
}

PasswordHasher::TestLimits::TestLimits(Limits limits) : m_previous(currentLimits())
{
    currentLimits() = limits;
}

PasswordHasher::TestLimits::~TestLimits()
{
    currentLimits() = m_previous;
}
