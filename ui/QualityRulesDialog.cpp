#include "QualityRulesDialog.h"

#include "Archive.h"
#include "QualityRulesRepository.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
QListWidget* makeFieldList(QWidget* parent, const QString& objectName)
{
    auto* list = new QListWidget(parent);
    list->setObjectName(objectName);
    for (const QString& key : QualityRules::fieldKeys()) {
        auto* item = new QListWidgetItem(QualityRules::fieldName(key), list);
        item->setData(Qt::UserRole, key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    return list;
}

QStringList checkedKeys(const QListWidget* list)
{
    QStringList keys;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            keys.append(list->item(i)->data(Qt::UserRole).toString());
    return keys;
}

void check(QListWidget* list, const QStringList& keys)
{
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(keys.contains(list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                                 : Qt::Unchecked);
}
} // namespace

QualityRulesDialog::QualityRulesDialog(Archive& archive, QWidget* parent) : QDialog(parent), m_archive(archive)
{
    setWindowTitle(tr("Data Quality Rules"));
    setObjectName(QStringLiteral("qualityRulesDialog"));
    m_company = makeFieldList(this, QStringLiteral("companyFields"));
    m_individual = makeFieldList(this, QStringLiteral("individualFields"));
    m_staleMonths = new QSpinBox(this);
    m_staleMonths->setObjectName(QStringLiteral("staleMonths"));
    m_staleMonths->setRange(1, 120);
    m_staleMonths->setSuffix(tr(" months"));

    auto* lists = new QGridLayout;
    lists->addWidget(new QLabel(tr("A company needs:"), this), 0, 0);
    lists->addWidget(new QLabel(tr("An individual needs:"), this), 0, 1);
    lists->addWidget(m_company, 1, 0);
    lists->addWidget(m_individual, 1, 1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Stale after:"), m_staleMonths);
    auto* explanation = new QLabel(tr("Completeness counts for 50 points, valid phones, emails and dates for 30, an "
                                      "update and a follow-up within the stale period for 20."),
                                   this);
    explanation->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults,
                                         this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this] { setRules(QualityRules::defaults()); });

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(lists, 1);
    layout->addLayout(form);
    layout->addWidget(explanation);
    layout->addWidget(buttons);
    resize(560, 560);

    const auto loaded = QualityRulesRepository(m_archive.database().connection()).load();
    setRules(loaded ? *loaded : QualityRules::defaults());
}

QualityRules QualityRulesDialog::rules() const
{
    QualityRules rules;
    rules.companyRequired = checkedKeys(m_company);
    rules.individualRequired = checkedKeys(m_individual);
    rules.staleMonths = m_staleMonths->value();
    return rules;
}

void QualityRulesDialog::setRules(const QualityRules& rules)
{
    check(m_company, rules.companyRequired);
    check(m_individual, rules.individualRequired);
    m_staleMonths->setValue(rules.staleMonths);
}

void QualityRulesDialog::accept()
{
    const Status saved = QualityRulesRepository(m_archive.database().connection()).save(rules());
    if (!saved) {
        QMessageBox::warning(this, windowTitle(), saved.error());
        return;
    }
    QDialog::accept();
}
