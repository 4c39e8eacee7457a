#pragma once

#include <QStyledItemDelegate>

class CustomerListModel;

// Paints the part of a code, name or phone that the quick search matched in bold and colour, so the eye
// finds why a row is in the list (core/SearchText::matchSpan decides what matched: characters,
// Traditional/Simplified forms, pinyin initials or syllables, phone digits across separators).
class SearchHighlightDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    SearchHighlightDelegate(const CustomerListModel* model, QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    const CustomerListModel* m_model;
};
