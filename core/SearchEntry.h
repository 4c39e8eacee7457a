#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

// One customer's search index entries, ready to be written: the text of each FTS table's one column, kept
// in one string (a rebuild makes a million entries on one thread and frees them on another).
class SearchEntry {
public:
    SearchEntry() = default;
    SearchEntry(qint64 id, QString text, qsizetype namesStart, qsizetype termsStart)
        : m_id(id), m_text(std::move(text)), m_namesStart(namesStart), m_termsStart(termsStart)
    {
    }

    qint64 id() const { return m_id; }
    QStringView body() const { return QStringView(m_text).first(m_namesStart); } // search_text
    QStringView names() const // search_names
    {
        return QStringView(m_text).sliced(m_namesStart, m_termsStart - m_namesStart);
    }
    QStringView terms() const { return QStringView(m_text).sliced(m_termsStart); } // search_terms

private:
    qint64 m_id = 0;
    QString m_text;
    qsizetype m_namesStart = 0;
    qsizetype m_termsStart = 0;
};
