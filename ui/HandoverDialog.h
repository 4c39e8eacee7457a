#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;

// Tools > Hand Over Customers: a departing rep's customers and open tasks go to a colleague or the public pool
// (core/Handover, one transaction). Only asks; the caller runs the move off the GUI thread.
class HandoverDialog : public QDialog {
    Q_OBJECT

public:
    // `mayDisable`: the signed-in user may disable accounts (administrators); otherwise the departing user
    // stays enabled and the option is shown greyed out with the reason.
    HandoverDialog(const QStringList& users, bool mayDisable, QWidget* parent = nullptr);

    QString from() const;
    QString to() const; // empty = the public pool
    bool disableFrom() const;

private:
    void updateSummary();

    QComboBox* m_from = nullptr;
    QComboBox* m_to = nullptr;
    QCheckBox* m_disable = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_okButton = nullptr;
};
