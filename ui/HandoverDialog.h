#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

// Tools > Hand Over Customers: a departing rep's customers and open tasks go to a colleague or the public pool
// (core/Handover, one transaction). Only asks; the caller runs the move off the GUI thread.
class HandoverDialog : public QDialog {
    Q_OBJECT

public:
    HandoverDialog(const QStringList& users, QWidget* parent = nullptr);

    QString from() const;
    QString to() const; // empty = the public pool

private:
    void updateSummary();

    QComboBox* m_from = nullptr;
    QComboBox* m_to = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_okButton = nullptr;
};
