#pragma once

#include "TabularSource.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QStringDecoder>

#include <memory>

// A CSV or TSV file read record by record (RFC 4180 quoting, any line ends, BOM), decoded in chunks so
// memory stays flat however long the file is.
class CsvReader final : public TabularSource {
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // A record longer than this (an unclosed quote in a big file, or not text at all) stops reading.
    static constexpr qsizetype kMaxRecordChars = 1 << 20;

    // `device` open for reading; `sheetName` is what sheetNames() lists (the file's base name) and
    // `displayName` names the file in messages.
    static Result<std::unique_ptr<CsvReader>> open(std::unique_ptr<QIODevice> device, const QString& sheetName,
                                                   const QString& displayName, const TabularOptions& options = {});

    // Among , ; TAB |: the one giving the most consistent column count (more than one column) over the first
    // 20 records of `sample`; ',' when none does. `complete` says the sample is the whole file.
    static QChar sniffDelimiter(QStringView sample, bool complete);

    QStringList sheetNames() const override { return {m_sheetName}; }
    Status selectSheet(int index) override;
    std::optional<SourceRow> nextRow() override;
    QString error() const override { return m_error; }
    double progress() const override;
    QString encoding() const override { return m_encoding; }
    QChar delimiter() const override { return m_delimiter; }

private:
    enum class Step { Record, NeedMore };

    CsvReader(std::unique_ptr<QIODevice> device, QString sheetName, QString displayName);
    Status start(const TabularOptions& options);
    bool readChunk();
    Step parseRecord(QStringList& cells, qsizetype& end) const;

    std::unique_ptr<QIODevice> m_device;
    QString m_sheetName;
    QString m_displayName;
    QString m_encoding;
    QChar m_delimiter;
    QStringDecoder m_decoder;
    qint64 m_dataStart = 0; // where the text starts, for selectSheet(0) to read again
    qint64 m_size = 0;
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_done = false;
    qint64 m_record = 0;
    qsizetype m_widestRecord = 0; // cells, so each row's list is allocated once
    QString m_error;
};
