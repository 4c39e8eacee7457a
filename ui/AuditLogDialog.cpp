#include "AuditLogDialog.h"

#include "Archive.h"
#include "AuditAccess.h"
#include "AuditExporter.h"
#include "AuditLog.h"
#include "AuditText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

AuditLogDialog::AuditLogDialog(Archive& archive, QWidget* parent) : QDialog(parent), m_archive(archive)
{
    setWindowTitle(tr("Audit Log"));
    setObjectName(QStringLiteral("auditLogDialog"));
    resize(1100, 600);

    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("auditUserFilter"));
    m_user->addItem(tr("All users"), QString());
    for (const QString& login : AuditLog(archive.database().connection()).logins())
        m_user->addItem(login, login);
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditActionFilter"));
    m_action->addItem(tr("All actions"), QString());
    for (const QString& key : AuditText::actionKeys())
        m_action->addItem(AuditText::action(key), key);
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_to->setCalendarPopup(true);
    m_to->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("auditText"));
    m_text->setClearButtonEnabled(true);
    m_text->setPlaceholderText(tr("Code, field, value or detail"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("User:"), this));
    filters->addWidget(m_user);
    filters->addWidget(new QLabel(tr("Action:"), this));
    filters->addWidget(m_action);
    filters->addWidget(new QLabel(tr("From:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("To:"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_text, 1);

    m_table = new QTableWidget(0, 8, this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("User"), tr("Action"), tr("Record"), tr("Field"),
                                        tr("Old value"), tr("New value"), tr("Detail")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    m_status = new QLabel(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("Export CSV…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("auditExportButton"));
    // core refuses anyway; the button is hidden from those who may not export.
    m_export->setVisible(AuditAccess::mayExportAudit(archive.database().actingUser()));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &AuditLogDialog::exportCsv);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_user, &QComboBox::currentIndexChanged, this, &AuditLogDialog::reload);
    connect(m_action, &QComboBox::currentIndexChanged, this, &AuditLogDialog::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditLogDialog::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditLogDialog::reload);
    connect(m_text, &QLineEdit::textChanged, this, &AuditLogDialog::reload);
    reload();
}

AuditQuery AuditLogDialog::query() const
{
    AuditQuery q;
    q.login = m_user->currentData().toString();
    q.action = m_action->currentData().toString();
    q.since = m_from->date().startOfDay().toUTC();
    q.until = m_to->date().addDays(1).startOfDay().toUTC(); // the whole "to" day
    q.text = m_text->text();
    return q;
}

int AuditLogDialog::rowCount() const
{
    return m_table->rowCount();
}

void AuditLogDialog::reload()
{
    AuditQuery q = query();
    q.limit = rowLimit;
    const auto rows = AuditLog(m_archive.database().connection()).list(q);
    m_table->setRowCount(0);
    if (!rows) {
        m_status->setText(rows.error());
        return;
    }
    m_table->setRowCount(int(rows->size()));
    for (int r = 0; r < rows->size(); ++r) {
        const AuditEntry& e = rows->at(r);
        const QStringList cells = {e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                   AuditText::who(e),
                                   AuditText::action(e.action),
                                   e.entityCode,
                                   AuditText::field(e.field),
                                   AuditText::value(e.field, e.oldValue),
                                   AuditText::value(e.field, e.newValue),
                                   e.detail};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(cells.at(c));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 260));
    m_status->setText(rows->size() >= rowLimit ? tr("Showing the newest %1 rows; narrow the filters to see older ones.")
                                                     .arg(rowLimit)
                                               : tr("%n row(s)", nullptr, int(rows->size())));
}

void AuditLogDialog::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Audit Log"),
                                                      QDir::home().filePath(QStringLiteral("audit.csv")),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    const auto written = AuditExporter::exportCsv(m_archive.database().connection(), query(), path);
    if (!written) {
        QMessageBox::warning(this, tr("Export Audit Log"), written.error());
        return;
    }
    m_status->setText(tr("Exported %1 rows to %2.").arg(*written).arg(QDir::toNativeSeparators(path)));
    reload(); // the export is itself in the log
}
