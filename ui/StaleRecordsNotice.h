#pragma once

#include <QFrame>

class Archive;
class QLabel;
class QPushButton;

// The periodic review reminder (issue 7): a non-modal bar above the customer list saying how many records
// were not updated within the archive's stale period, with a button that opens the work list. It shows at
// most once per N days per archive (ReviewReminderSchedule; the last date is kept in QSettings under
// quality/lastReminder/<hash of the archive path>, N under quality/reminderIntervalDays, default 7).
class StaleRecordsNotice : public QFrame {
    Q_OBJECT

public:
    explicit StaleRecordsNotice(QWidget* parent = nullptr);

    // Called when an archive was opened: counts the stale records (an index range count, no scoring) and
    // shows the bar when the reminder is due and there is something to review. nullptr hides it.
    void check(Archive* archive);
    qint64 staleCount() const { return m_count; }
    QString text() const;

    static QString settingsKey(const QString& archivePath);

signals:
    void reviewRequested();

private:
    QLabel* m_label = nullptr;
    QPushButton* m_review = nullptr;
    qint64 m_count = 0;
};
