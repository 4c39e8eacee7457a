#include "NameSortKey.h"

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/uvernum.h>

#include <memory>
#include <mutex>

namespace {
// ICU collators are thread-safe for const use once created.
const icu::Collator* chineseCollator()
{
    static std::unique_ptr<icu::Collator> collator;
    static std::once_flag once;
    std::call_once(once, [] {
        UErrorCode status = U_ZERO_ERROR;
        collator.reset(icu::Collator::createInstance(icu::Locale("zh", "CN"), status));
        if (U_FAILURE(status))
            collator.reset();
    });
    return collator.get();
}
} // namespace

QByteArray NameSortKey::of(const QString& name)
{
    const icu::Collator* collator = chineseCollator();
    const icu::UnicodeString text(reinterpret_cast<const UChar*>(name.utf16()), int32_t(name.size()));
    if (!collator)
        return name.toUtf8();
    uint8_t buffer[256];
    int32_t length = collator->getSortKey(text, buffer, sizeof buffer);
    if (length <= int32_t(sizeof buffer))
        return QByteArray(reinterpret_cast<const char*>(buffer), length - 1); // drop the trailing NUL
    QByteArray key(length, Qt::Uninitialized);
    collator->getSortKey(text, reinterpret_cast<uint8_t*>(key.data()), length);
    key.chop(1);
    return key;
}

QString NameSortKey::collatorVersion()
{
    const icu::Collator* collator = chineseCollator();
    UVersionInfo version{};
    if (collator)
        collator->getVersion(version);
    return QStringLiteral("icu-%1-zh-%2.%3.%4.%5")
        .arg(QString::fromLatin1(U_ICU_VERSION))
        .arg(version[0])
        .arg(version[1])
        .arg(version[2])
        .arg(version[3]);
}
