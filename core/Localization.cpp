#include "Localization.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

QStringList Localization::supportedLanguages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en")};
}

QString Localization::languageSetting()
{
    return QSettings().value(QStringLiteral("ui/language")).toString();
}

void Localization::setLanguageSetting(const QString& language)
{
    QSettings().setValue(QStringLiteral("ui/language"), language);
}

QString Localization::resolve(const QString& setting, const QString& systemLocaleName)
{
    if (supportedLanguages().contains(setting))
        return setting;
    const QLocale system(systemLocaleName);
    if (system.language() == QLocale::English)
        return QStringLiteral("en");
    // Chinese (any script or region) and every language we do not have yet: Simplified Chinese first.
    return QStringLiteral("zh_CN");
}

void Localization::install(QCoreApplication& app, const QString& language)
{
    if (language == QLatin1String("en"))
        return; // source strings are English
    auto* qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto* translator = new QTranslator(&app);
    if (translator->load(QStringLiteral(":/i18n/dossier_%1.qm").arg(language)))
        QCoreApplication::installTranslator(translator);
    QLocale::setDefault(QLocale(language));
}
