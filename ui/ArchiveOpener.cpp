#include "ArchiveOpener.h"

#include "Archive.h"
#include "ArchiveUpgrader.h"
#include "RecentArchives.h"
#include "SignInDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>

ArchiveOpener::ArchiveOpener(QWidget* window, Hooks hooks) : m_window(window), m_hooks(std::move(hooks)) {}

QString ArchiveOpener::fileFilter()
{
    return tr("Dossier archives (*.sqlite *.dossier);;All files (*)");
}

bool ArchiveOpener::open(const QString& path, Database::OpenMode mode, QString* error)
{
    if (!ArchiveUpgrader::upgradeIfNeeded(path, m_window, error))
        return false;
    auto opened = Archive::open(path, mode);
    if (!opened) {
        if (error)
            *error = opened.error();
        return false;
    }
    // An archive with users opens only for someone signed in; cancelling leaves the current one open.
    if (!SignInDialog::signInIfNeeded(**opened, m_window, error))
        return false;
    m_hooks.install(std::move(opened).value());
    return true;
}

void ArchiveOpener::newArchive()
{
    if (!m_hooks.confirmLeavingEditor())
        return;
    QString path = QFileDialog::getSaveFileName(m_window, tr("New Archive"), QString(), fileFilter(), nullptr,
                                                QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".sqlite");
    if (QFileInfo::exists(path)) {
        // Never replace a file: it may be somebody's archive.
        QMessageBox::warning(m_window, tr("New Archive"),
                             tr("%1 already exists. Choose another name, or use Open to open it.")
                                 .arg(QDir::toNativeSeparators(path)));
        return;
    }
    QString error;
    if (!open(path, Database::OpenMode::CreateIfMissing, &error))
        QMessageBox::warning(m_window, tr("New Archive"), error);
}

void ArchiveOpener::openInteractively()
{
    if (!m_hooks.confirmLeavingEditor())
        return;
    const QString current = m_hooks.currentPath();
    const QString start = current.isEmpty() ? QString() : QFileInfo(current).absolutePath();
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Archive"), start, fileFilter());
    if (path.isEmpty())
        return;
    QString error;
    if (!open(path, Database::OpenMode::MustExist, &error) && !error.isEmpty())
        QMessageBox::warning(m_window, tr("Open Archive"), error);
}

void ArchiveOpener::openRecent(const QString& path)
{
    if (!m_hooks.confirmLeavingEditor())
        return;
    QString error;
    if (!open(path, Database::OpenMode::MustExist, &error) && !error.isEmpty()) {
        QMessageBox::warning(m_window, tr("Open Archive"), error);
        if (!QFileInfo::exists(path))
            RecentArchives::remove(path);
    }
}
