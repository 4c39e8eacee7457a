#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// Chooses and installs the interface language for both executables. The choice is the user's setting
// ("zh_CN", "en" or empty for the system locale); an unsupported system language falls back to
// Simplified Chinese, the product's first language.
class Localization {
public:
    static QStringList supportedLanguages(); // "zh_CN", "en"
    static QString languageSetting();        // from QSettings key "ui/language", empty = system
    static void setLanguageSetting(const QString& language);
    // Resolves a setting (possibly empty) against the system locale to a supported language.
    static QString resolve(const QString& setting, const QString& systemLocaleName);
    // Installs Dossier's and Qt's translators for `language` on the application.
    static void install(QCoreApplication& app, const QString& language);
};
