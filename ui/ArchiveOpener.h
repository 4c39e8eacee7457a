#pragma once

#include "Database.h"

#include <QCoreApplication>
#include <functional>
#include <memory>

class Archive;
class QWidget;

// Opening archives from the main window: File > New Archive, Open Archive and Open Recent, each with sign-in
// when the archive has users. What to do with an opened archive is the window's business (`install`).
class ArchiveOpener {
    // The texts are the main window's and keep its translation context.
    Q_DECLARE_TR_FUNCTIONS(MainWindow)

public:
    struct Hooks {
        std::function<bool()> confirmLeavingEditor; // false: the user kept unsaved changes, do nothing
        std::function<QString()> currentPath;       // the open archive's file, or empty
        std::function<void(std::unique_ptr<Archive>)> install; // shows the opened archive
    };

    ArchiveOpener(QWidget* window, Hooks hooks);

    // Opens `path` and installs it; on failure (or cancelled sign-in) installs nothing and returns the reason
    // in `error` (empty when the user cancelled).
    bool open(const QString& path, Database::OpenMode mode, QString* error = nullptr);

    void newArchive();
    void openInteractively();
    void openRecent(const QString& path);

private:
    static QString fileFilter();

    QWidget* m_window;
    Hooks m_hooks;
};
