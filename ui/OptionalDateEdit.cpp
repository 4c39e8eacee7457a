#include "OptionalDateEdit.h"

#include <QKeyEvent>
#include <QMouseEvent>

OptionalDateEdit::OptionalDateEdit(QWidget* parent) : QDateEdit(parent)
{
    setCalendarPopup(true);
    setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    setMinimumDate(emptyMarker());
    setMaximumDate(QDate(9999, 12, 31));
    setSpecialValueText(QStringLiteral(" ")); // blank rather than the marker date
    clearDate();
}

QDate OptionalDateEdit::emptyMarker()
{
    return QDate(1800, 1, 1);
}

QDate OptionalDateEdit::optionalDate() const
{
    return isEmpty() ? QDate() : date();
}

void OptionalDateEdit::setOptionalDate(const QDate& value)
{
    setDate(value.isValid() && value > emptyMarker() ? value : emptyMarker());
}

void OptionalDateEdit::clearDate()
{
    setDate(emptyMarker());
}

bool OptionalDateEdit::isEmpty() const
{
    return date() <= emptyMarker();
}

void OptionalDateEdit::mousePressEvent(QMouseEvent* event)
{
    // Starting to pick a date on an empty field should start at today, not in the year 1800.
    if (isEmpty())
        setDate(QDate::currentDate());
    QDateEdit::mousePressEvent(event);
}

void OptionalDateEdit::keyPressEvent(QKeyEvent* event)
{
    // The only way back to "no date" with the keyboard.
    if (event->key() == Qt::Key_Delete || (event->key() == Qt::Key_Backspace && isEmpty())) {
        clearDate();
        event->accept();
        return;
    }
    if (isEmpty() && !event->text().isEmpty() && event->text().at(0).isDigit())
        setDate(QDate::currentDate());
    QDateEdit::keyPressEvent(event);
}
