#include "SharingMenu.h"

#include "AccessPolicy.h"
#include "Archive.h"
#include "ArchiveCheck.h"
#include "BackupManager.h"
#include "Handover.h"
#include "HandoverDialog.h"
#include "PublicPool.h"
#include "SharingJobWorker.h"
#include "UserName.h"

#include <QAction>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QTimer>

#include <optional>

SharingMenu::SharingMenu(QWidget* window, Hooks hooks) : QObject(window), m_window(window), m_hooks(std::move(hooks))
{
    const auto make = [this](const QString& text, const QString& name, const QString& tip) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        action->setStatusTip(tip);
        return action;
    };
    m_backup = make(tr("&Back Up…"), QStringLiteral("backupAction"), tr("Save a copy of the archive to a file"));
    m_restore = make(tr("&Restore from Backup…"), QStringLiteral("restoreAction"),
                     tr("Replace the archive by a backup; the current archive is kept as a backup first"));
    m_check = make(tr("Chec&k Archive"), QStringLiteral("checkArchiveAction"),
                   tr("Check the archive file for damage and broken references"));
    m_handover = make(tr("&Hand Over Customers…"), QStringLiteral("handoverAction"),
                      tr("Move all customers and open tasks of a user to a colleague or the public pool"));
    m_claim = make(tr("Claim from Public &Pool"), QStringLiteral("claimAction"),
                   tr("Take the selected unassigned customer as yours"));
    connect(m_backup, &QAction::triggered, this, &SharingMenu::backUp);
    connect(m_restore, &QAction::triggered, this, &SharingMenu::restore);
    connect(m_check, &QAction::triggered, this, &SharingMenu::check);
    connect(m_handover, &QAction::triggered, this, &SharingMenu::handOver);
    connect(m_claim, &QAction::triggered, this, &SharingMenu::claim);

    // A session left open for days still gets its daily backup.
    m_daily = new QTimer(this);
    m_daily->setInterval(60 * 60 * 1000);
    connect(m_daily, &QTimer::timeout, this, [this] {
        runInBackground([](Archive& archive, QString& message, QString& error) {
            const auto made = BackupManager(archive.database()).dailyIfDue();
            if (!made) {
                error = made.error();
                return false;
            }
            if (!made->isEmpty())
                message = tr("Daily backup saved: %1").arg(QDir::toNativeSeparators(*made));
            return true;
        });
    });
    m_daily->start();
    updateActions();
}

void SharingMenu::addFileActions(QMenu* file)
{
    file->addAction(m_backup);
    file->addAction(m_restore);
    file->addAction(m_check);
}

void SharingMenu::addToolActions(QMenu* tools)
{
    tools->addAction(m_handover);
}

void SharingMenu::addCustomerActions(QMenu* customer)
{
    customer->addAction(m_claim);
}

void SharingMenu::updateActions()
{
    const bool open = m_hooks.archive() != nullptr;
    for (QAction* action : {m_backup, m_restore, m_check, m_handover, m_claim})
        action->setEnabled(open);
}

std::optional<QString> SharingMenu::runBlocking(const QString& title, Job job)
{
    Archive* archive = m_hooks.archive();
    if (!archive)
        return std::nullopt;
    SharingJobWorker worker(archive->path(), std::move(job));
    QProgressDialog progress(title, QString(), 0, 0, m_window);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    progress.setCancelButton(nullptr);
    QEventLoop loop;
    connect(&worker, &ArchiveWorker::finished, &loop, &QEventLoop::quit);
    worker.start();
    if (worker.isRunning())
        loop.exec();
    progress.reset();
    if (!worker.succeeded()) {
        QMessageBox::warning(m_window, title, worker.errorText());
        return std::nullopt;
    }
    return worker.message();
}

void SharingMenu::runInBackground(Job job)
{
    Archive* archive = m_hooks.archive();
    if (!archive)
        return;
    auto* worker = new SharingJobWorker(archive->path(), std::move(job), this);
    connect(worker, &ArchiveWorker::finished, this, [this, worker] {
        if (!worker->succeeded())
            m_hooks.showStatus(worker->errorText());
        else if (!worker->message().isEmpty())
            m_hooks.showStatus(worker->message());
        worker->deleteLater();
    });
    worker->start();
}

void SharingMenu::archiveOpened()
{
    updateActions();
    runInBackground([](Archive& archive, QString& message, QString& error) {
        const auto made = BackupManager(archive.database()).onOpen();
        if (!made) {
            error = made.error();
            return false;
        }
        const auto released = PublicPool(archive).releaseStale();
        if (!released) {
            error = released.error();
            return false;
        }
        QStringList parts;
        if (!made->isEmpty())
            parts.append(tr("Backup saved: %1").arg(QDir::toNativeSeparators(*made)));
        if (*released > 0)
            parts.append(tr("%n customer(s) returned to the public pool.", "", *released));
        message = parts.join(QStringLiteral("  "));
        return true;
    });
}

void SharingMenu::backUp()
{
    Archive* archive = m_hooks.archive();
    if (!archive)
        return;
    const QFileInfo info(archive->path());
    const QString suggested = QDir(info.absolutePath())
                                  .filePath(QStringLiteral("%1-%2.sqlite")
                                                .arg(info.completeBaseName(),
                                                     QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
    const QString target = QFileDialog::getSaveFileName(m_window, tr("Back Up Archive"), suggested,
                                                        tr("Dossier archives (*.sqlite);;All files (*)"));
    if (target.isEmpty())
        return;
    const auto done = runBlocking(tr("Back Up Archive"), [target](Archive& a, QString& message, QString& error) {
        if (Status s = BackupManager(a.database()).backupTo(target); !s) {
            error = s.error();
            return false;
        }
        message = tr("Backup saved: %1").arg(QDir::toNativeSeparators(target));
        return true;
    });
    if (done)
        m_hooks.showStatus(*done);
}

void SharingMenu::restore()
{
    Archive* archive = m_hooks.archive();
    if (!archive || !m_hooks.confirmLeavingEditor())
        return;
    const QString path = archive->path();
    const QString backup = QFileDialog::getOpenFileName(m_window, tr("Restore from Backup"),
                                                        BackupManager::folderFor(path),
                                                        tr("Dossier archives (*.sqlite);;All files (*)"));
    if (backup.isEmpty())
        return;
    const auto answer = QMessageBox::question(
        m_window, tr("Restore from Backup"),
        tr("Replace the contents of %1 by the backup %2?\n\nThe archive as it is now is kept as a backup first. "
           "Others who have the archive open see the restored contents.")
            .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(backup)));
    if (answer != QMessageBox::Yes)
        return;
    QString keptAs;
    if (Status s = BackupManager::restore(backup, path, &keptAs); !s) {
        QMessageBox::warning(m_window, tr("Restore from Backup"), s.error());
        return;
    }
    m_hooks.reopen(path);
    QMessageBox::information(m_window, tr("Restore from Backup"),
                             tr("The archive was restored from %1.\nThe previous contents are kept in %2.")
                                 .arg(QDir::toNativeSeparators(backup), QDir::toNativeSeparators(keptAs)));
}

void SharingMenu::check()
{
    const auto done = runBlocking(tr("Check Archive"), [](Archive& a, QString& message, QString&) {
        const QStringList problems = ArchiveCheck::run(a.path());
        message = problems.join(QLatin1Char('\n'));
        return true;
    });
    if (!done)
        return;
    if (done->isEmpty())
        QMessageBox::information(m_window, tr("Check Archive"),
                                 tr("No problems found: the file is intact, every reference points to an existing "
                                    "record, and the format is one this program reads."));
    else
        QMessageBox::warning(m_window, tr("Check Archive"),
                             tr("The check found problems:\n%1\n\nRestore a backup (File > Restore from Backup) "
                                "or ask for help before making more changes.")
                                 .arg(*done));
}

void SharingMenu::handOver()
{
    Archive* archive = m_hooks.archive();
    if (!archive || !m_hooks.confirmLeavingEditor())
        return;
    HandoverDialog dialog(archive->users().logins(),
                          AccessPolicy(archive->database().actingUser()).allows(Permission::ManageUsers), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString from = dialog.from();
    const QString to = dialog.to();
    const auto departing = dialog.disableFrom() ? Handover::Departing::Disable : Handover::Departing::KeepActive;
    const auto done = runBlocking(tr("Hand Over Customers"), [from, to, departing](Archive& a, QString& message,
                                                                                   QString& error) {
        const auto outcome = Handover(a).run(from, to, departing);
        if (!outcome) {
            error = outcome.error();
            return false;
        }
        message = tr("Moved %1 customers, %2 open tasks and %3 planned follow-ups from %4 to %5.")
                      .arg(outcome->customers)
                      .arg(outcome->tasks)
                      .arg(outcome->plannedFollowUps)
                      .arg(from, to.isEmpty() ? tr("the public pool") : to);
        if (outcome->disabled)
            message += QLatin1Char(' ') + tr("%1 is disabled and can no longer sign in.").arg(from);
        return true;
    });
    if (!done)
        return;
    m_hooks.reload();
    m_hooks.showStatus(*done);
}

void SharingMenu::claim()
{
    Archive* archive = m_hooks.archive();
    const qint64 id = m_hooks.currentCustomer();
    if (!archive || id <= 0 || !m_hooks.confirmLeavingEditor())
        return;
    const auto customer = archive->customers().findById(id);
    if (!customer) {
        QMessageBox::warning(m_window, tr("Claim from Public Pool"), customer.error());
        return;
    }
    const auto claimed = PublicPool(*archive).claim(customer->code, UserName::current());
    if (!claimed) {
        QMessageBox::warning(m_window, tr("Claim from Public Pool"), claimed.error());
        return;
    }
    m_hooks.reload();
    m_hooks.showStatus(tr("%1 is now yours.").arg(claimed->name));
}
