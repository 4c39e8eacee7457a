#pragma once

#include "CustomerFilter.h"
#include "ImportTarget.h"

#include <QDialog>

class Archive;
class ExportWorker;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

// File > Export…: customers, orders or follow-ups of the whole archive or of the customers the list shows,
// to CSV (UTF-8 for Excel, or GB18030) or XLSX chosen by the file name. Runs on a worker thread; closes
// with Accepted when the file is written.
class ExportDialog : public QDialog {
    Q_OBJECT

public:
    // `currentFilter`: what the customer list shows now; offered as the scope when it restricts anything.
    ExportDialog(Archive& archive, const CustomerFilter& currentFilter, QWidget* parent = nullptr);
    ~ExportDialog() override;

    void setTarget(ImportTarget target);
    void setFilePath(const QString& path);
    void setOnlyFiltered(bool onlyFiltered);
    void setCsvEncoding(const QString& key); // "utf-8" or "gb18030"

    // Starts the export (without asking about an existing file); false when it cannot start.
    bool startExport();
    bool isRunning() const;
    ExportWorker* worker() const { return m_worker; }

    qint64 rowsWritten() const { return m_rows; }
    QString exportedPath() const { return m_exportedPath; }
    QString messageText() const;

    void accept() override; // Export
    void reject() override; // Close, or stop a running export

private:
    void browse();
    void updateState();
    void onFinished();
    void showMessage(const QString& text, bool error);
    QString path() const;
    bool isCsv() const;

    Archive& m_archive;
    CustomerFilter m_filter;
    QComboBox* m_target = nullptr;
    QRadioButton* m_all = nullptr;
    QRadioButton* m_filtered = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QComboBox* m_encoding = nullptr;
    QLabel* m_encodingLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_message = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_export = nullptr;
    ExportWorker* m_worker = nullptr;
    QString m_confirmedPath; // chosen in the file dialog, which already asked about replacing it
    QString m_exportedPath;
    qint64 m_rows = 0;
    bool m_closeWhenStopped = false;
};
