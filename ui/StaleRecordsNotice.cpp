#include "StaleRecordsNotice.h"

#include "Archive.h"
#include "QualityRulesRepository.h"
#include "QualityScanner.h"
#include "ReviewReminderSchedule.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QToolButton>

StaleRecordsNotice::StaleRecordsNotice(QWidget* parent) : QFrame(parent)
{
    setObjectName(QStringLiteral("staleRecordsNotice"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    p.setColor(QPalette::WindowText, QColor(0x5c, 0x45, 0x00));
    setPalette(p);

    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("staleNoticeText"));
    m_review = new QPushButton(tr("&Review"), this);
    m_review->setObjectName(QStringLiteral("staleNoticeReview"));
    auto* close = new QToolButton(this);
    close->setObjectName(QStringLiteral("staleNoticeClose"));
    close->setText(QStringLiteral("×"));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss"));

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_review);
    layout->addWidget(close);

    connect(m_review, &QPushButton::clicked, this, [this] {
        hide();
        emit reviewRequested();
    });
    connect(close, &QToolButton::clicked, this, &QWidget::hide);
    hide();
}

QString StaleRecordsNotice::settingsKey(const QString& archivePath)
{
    // A path holds slashes, which QSettings reads as groups: key by a hash of the canonical path instead.
    const QString canonical = QFileInfo(archivePath).absoluteFilePath();
    return QStringLiteral("quality/lastReminder/") +
           QString::fromLatin1(QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString StaleRecordsNotice::text() const
{
    return m_label->text();
}

void StaleRecordsNotice::check(Archive* archive)
{
    hide();
    m_count = 0;
    if (!archive)
        return;
    QSettings settings;
    const QString key = settingsKey(archive->path());
    const QDate today = QDate::currentDate();
    const int interval =
        settings.value(QStringLiteral("quality/reminderIntervalDays"), ReviewReminderSchedule::defaultIntervalDays).toInt();
    if (!ReviewReminderSchedule::isDue(settings.value(key).toDate(), today, interval))
        return;
    QSqlDatabase& db = archive->database().connection();
    const auto rules = QualityRulesRepository(db).load();
    const int months = rules ? rules->staleMonths : QualityRules::defaults().staleMonths;
    const auto count = QualityScanner::countNotUpdatedSince(db, QDateTime::currentDateTimeUtc().addMonths(-months));
    if (!count || *count == 0)
        return; // nothing to review: try again next time the archive opens
    m_count = *count;
    m_label->setText(tr("%1 record(s) not updated in %n month(s) — review them to keep the archive fresh.", nullptr, months)
                         .arg(QLocale().toString(m_count)));
    settings.setValue(key, today);
    show();
}
