#include "CliCommands.h"

#include "Localization.h"
#include "SegmentReportRenderer.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <cstring>
#include <memory>

int main(int argc, char** argv)
{
    // `report` paints a PDF and needs fonts, hence a QGuiApplication; on the offscreen platform unless the
    // caller chose one, so it runs without a display (cron, ssh). Every other command stays QtCore only.
    std::unique_ptr<QCoreApplication> app;
    if (argc > 1 && std::strcmp(argv[1], "report") == 0) {
        SegmentReportRenderer::tuneAllocator();
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    // Same names as the GUI, so both find the same default archive and settings.
    QCoreApplication::setOrganizationName(QStringLiteral("Dossier"));
    QCoreApplication::setApplicationName(QStringLiteral("dossier"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOSSIER_VERSION));
    Localization::install(*app, Localization::resolve(Localization::languageSetting(), QLocale::system().name()));
    return CliCommands().run(QCoreApplication::arguments());
}
