#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

// Preferences: interface language (applies after a restart) and the name follow-ups are logged under.
class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget* parent = nullptr);

    void accept() override; // stores the choices

private:
    QComboBox* m_language = nullptr;
    QLineEdit* m_userName = nullptr;
};
