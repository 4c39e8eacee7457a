#include "SearchHighlightDelegate.h"

#include "CustomerListModel.h"
#include "SearchText.h"

#include <QApplication>
#include <QPainter>

SearchHighlightDelegate::SearchHighlightDelegate(const CustomerListModel* model, QObject* parent)
    : QStyledItemDelegate(parent), m_model(model)
{
}

void SearchHighlightDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const int column = index.column();
    const QString search = m_model ? m_model->filter().quickSearch.trimmed() : QString();
    if (search.isEmpty() || (column != CustomerListModel::Code && column != CustomerListModel::Name &&
                             column != CustomerListModel::Phone)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QString text = opt.text;
    const auto [start, length] = SearchText::matchSpan(text, search);
    if (start < 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }

    // Background, selection and focus as usual, then the text in three runs.
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    // Measured with the text still in the option: the style sizes the text rectangle by it.
    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(margin, 0, -margin, 0);
    opt.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = opt.state & QStyle::State_Selected;
    const QColor normal = opt.palette.color(QPalette::Active, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor accent = selected ? normal : QColor(0xC6, 0x28, 0x28);
    QFont bold = opt.font;
    bold.setBold(true);

    painter->save();
    painter->setClipRect(area);
    int x = area.left();
    auto run = [&](const QString& part, const QFont& font, const QColor& colour, bool mark) {
        if (part.isEmpty())
            return;
        const QFontMetrics metrics(font);
        const int width = metrics.horizontalAdvance(part);
        const QRect box(x, area.top(), width, area.height());
        if (mark && !selected)
            painter->fillRect(box.adjusted(0, 2, 0, -2), QColor(0xFF, 0xF1, 0x76));
        painter->setFont(font);
        painter->setPen(colour);
        painter->drawText(box, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, part);
        x += width;
    };
    run(text.left(start), opt.font, normal, false);
    run(text.mid(start, length), bold, accent, true);
    run(text.mid(start + length), opt.font, normal, false);
    painter->restore();
}
