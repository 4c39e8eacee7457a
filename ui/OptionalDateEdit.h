#pragma once

#include <QDate>
#include <QDateEdit>

// A date editor that can also hold "no date": QDateEdit has no empty state, so the minimum date stands
// for it and is shown as blank (birthdays, next follow-up dates and date custom fields are optional).
class OptionalDateEdit : public QDateEdit {
    Q_OBJECT

public:
    explicit OptionalDateEdit(QWidget* parent = nullptr);

    QDate optionalDate() const; // invalid when empty
    void setOptionalDate(const QDate& date);
    void clearDate();
    bool isEmpty() const;

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    static QDate emptyMarker();
};
