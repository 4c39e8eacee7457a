#include "Archive.h"
#include "Localization.h"
#include "ArchiveUpgrader.h"
#include "MainWindow.h"
#include "RecentArchives.h"
#include "SegmentReportRenderer.h"
#include "SignInDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QFontDatabase>
#include <QIcon>
#include <QLocale>
#include <QMessageBox>

namespace {
// The archive to open without --db: the last one used if it still exists, else the default file.
QString defaultArchivePath()
{
    for (const QString& path : RecentArchives::list())
        if (QFileInfo::exists(path))
            return path;
    return Archive::defaultPath();
}

void preferCjkFont(QApplication& app)
{
    // Latin-first default fonts render Chinese with fallback glyphs of mismatched size and weight.
    const QStringList families = QFontDatabase::families();
    for (const QString& family : {QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                                  QStringLiteral("Microsoft YaHei"), QStringLiteral("PingFang SC"),
                                  QStringLiteral("WenQuanYi Micro Hei")}) {
        if (families.contains(family)) {
            QFont font = QApplication::font();
            font.setFamilies({family});
            app.setFont(font);
            return;
        }
    }
}
} // namespace

int main(int argc, char** argv)
{
    SegmentReportRenderer::tuneAllocator(); // before anything is allocated, or it does not take effect
    QApplication app(argc, argv);
    // Same names as dossier-cli: both share settings (language) and the default archive location.
    QCoreApplication::setOrganizationName(QStringLiteral("Dossier"));
    QCoreApplication::setApplicationName(QStringLiteral("dossier"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DOSSIER_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Dossier"));
    QGuiApplication::setDesktopFileName(QStringLiteral("dossier"));

    Localization::install(app, Localization::resolve(Localization::languageSetting(), QLocale::system().name()));
    preferCjkFont(app);
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/dossier.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Desktop customer archive"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringList{QStringLiteral("db")},
                                      QCoreApplication::translate("main", "Open the archive FILE."),
                                      QCoreApplication::translate("main", "FILE"));
    parser.addOption(dbOption);
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QCoreApplication::translate("main", "Archive to open (same as --db)."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    // A positional file is what the desktop entry passes (Exec=dossier %f).
    QString path = parser.value(dbOption);
    if (path.isEmpty() && !parser.positionalArguments().isEmpty())
        path = parser.positionalArguments().constFirst();
    if (path.isEmpty())
        path = defaultArchivePath();

    // An archive from an older Dossier is upgraded with a progress dialog first (it may take minutes).
    QString upgradeError;
    if (!ArchiveUpgrader::upgradeIfNeeded(path, nullptr, &upgradeError)) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Cannot Open Archive"), upgradeError);
        return 1;
    }
    auto archive = Archive::open(path);
    if (!archive) {
        // The reason from core already names the file.
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Cannot Open Archive"), archive.error());
        return 1;
    }

    // An archive with users opens only for someone signed in.
    QString signInError;
    if (!SignInDialog::signInIfNeeded(**archive, nullptr, &signInError)) {
        if (!signInError.isEmpty())
            QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Cannot Open Archive"), signInError);
        return signInError.isEmpty() ? 0 : 1;
    }

    MainWindow window;
    window.setArchive(std::move(archive).value());
    window.show();
    return app.exec();
}
