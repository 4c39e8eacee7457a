#include "CliCommands.h"

#include "Localization.h"

#include <QCoreApplication>
#include <QLocale>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // Same names as the GUI, so both find the same default archive and settings.
    QCoreApplication::setOrganizationName(QStringLiteral("Dossier"));
    QCoreApplication::setApplicationName(QStringLiteral("dossier"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOSSIER_VERSION));
    Localization::install(app, Localization::resolve(Localization::languageSetting(), QLocale::system().name()));
    return CliCommands().run(QCoreApplication::arguments());
}
