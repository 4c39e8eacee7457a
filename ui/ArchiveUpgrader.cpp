#include "ArchiveUpgrader.h"

#include "Archive.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

#include <atomic>

bool ArchiveUpgrader::upgradeIfNeeded(const QString& path, QWidget* parent, QString* error)
{
    const int steps = SchemaMigrator::pendingSteps(path);
    if (steps == 0)
        return true;

    std::atomic<int> done{0};
    std::atomic<bool> cancel{false};
    QString failure;
    // The worker opens (and so upgrades) the archive on its own connection and closes it again; the caller
    // then opens the upgraded file on the GUI thread as usual.
    QThread* worker = QThread::create([&] {
        auto opened = Archive::open(path, Database::OpenMode::MustExist, [&](int finished, int) {
            done = finished;
            return !cancel.load();
        });
        if (!opened)
            failure = opened.error();
    });

    QProgressDialog progress(tr("Upgrading %1 for this version of Dossier…").arg(QFileInfo(path).fileName()),
                             tr("Cancel"), 0, steps, parent);
    progress.setObjectName(QStringLiteral("archiveUpgradeProgress"));
    progress.setWindowTitle(tr("Upgrading Archive"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500); // quick upgrades do not flash a dialog
    progress.setAutoReset(false);
    progress.setAutoClose(false);

    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &progress, [&] {
        progress.setValue(done.load());
        progress.setLabelText(tr("Upgrading %1 for this version of Dossier: step %2 of %3…")
                                  .arg(QFileInfo(path).fileName())
                                  .arg(qMin(done.load() + 1, steps))
                                  .arg(steps));
    });
    QObject::connect(&progress, &QProgressDialog::canceled, &progress, [&] {
        cancel = true;
        progress.setLabelText(tr("Stopping after the current step…"));
    });
    QObject::connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    poll.start(100);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;

    if (failure.isEmpty())
        return true;
    if (error)
        *error = failure;
    return false;
}
