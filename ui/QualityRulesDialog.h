#pragma once

#include "QualityRules.h"

#include <QDialog>

class Archive;
class QListWidget;
class QSpinBox;

// Edits the archive's quality rules: the fields companies and individuals need, and after how many months
// without an update or follow-up a record is stale. Saved in the archive on OK, for the whole team.
class QualityRulesDialog : public QDialog {
    Q_OBJECT

public:
    explicit QualityRulesDialog(Archive& archive, QWidget* parent = nullptr);

    QualityRules rules() const; // as currently ticked
    void setRules(const QualityRules& rules);
    // Saves and closes; on failure shows why and stays open.
    void accept() override;

    QListWidget* companyList() const { return m_company; }
    QListWidget* individualList() const { return m_individual; }
    QSpinBox* staleMonths() const { return m_staleMonths; }

private:
    Archive& m_archive;
    QListWidget* m_company = nullptr;
    QListWidget* m_individual = nullptr;
    QSpinBox* m_staleMonths = nullptr;
};
