#include "../fuzz/ReaderFuzzDriver.h"
#include "TabularSource.h"

#include <QDir>
#include <QFile>
#include <gtest/gtest.h>

// Every file of the fuzz regression corpus (tests/fuzz/corpus, see tests/fuzz/make_corpus.py) must be read
// to the end or refused with one readable sentence: no crash, no hang, no raw parser message.
namespace {

constexpr qint64 kRowCap = 100000;

void expectSentence(const QString& error, const QString& file)
{
    if (error.isEmpty())
        return;
    EXPECT_LT(error.size(), 300) << file.toStdString();
    EXPECT_FALSE(error.contains(u'\n')) << file.toStdString();
    EXPECT_TRUE(error.endsWith(u'.')) << file.toStdString() << ": " << error.toStdString();
    EXPECT_TRUE(error.front().isUpper() || error.front() == u'“') << file.toStdString() << ": " << error.toStdString();
}

QStringList corpus(const QString& folder)
{
    const QDir dir(QStringLiteral(DOSSIER_FUZZ_CORPUS "/") + folder);
    QStringList paths;
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name))
        paths.append(dir.filePath(name));
    return paths;
}

void runAll(const QString& folder, ReaderFuzzDriver::Format format)
{
    const QStringList files = corpus(folder);
    ASSERT_GE(files.size(), 15) << "corpus folder missing: " << DOSSIER_FUZZ_CORPUS;
    for (const QString& path : files) {
        SCOPED_TRACE(path.toStdString());
        // Through the public entry point, which picks the reader by content...
        auto source = TabularSource::open(path);
        if (!source) {
            expectSentence(source.error(), path);
        } else {
            for (int sheet = 0; sheet < (*source)->sheetNames().size(); ++sheet) {
                if ((*source)->selectSheet(sheet)) {
                    for (qint64 rows = 0; rows < kRowCap && (*source)->nextRow(); ++rows) {
                    }
                }
                expectSentence((*source)->error(), path);
            }
        }
        // ...and the way the fuzz targets feed it, whatever the content.
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const auto outcome = ReaderFuzzDriver::run(format, reinterpret_cast<const uint8_t*>(bytes.constData()),
                                                   size_t(bytes.size()), kRowCap);
        expectSentence(outcome.openError, path);
        for (const QString& error : outcome.readErrors)
            expectSentence(error, path);
    }
}

} // namespace

TEST(ReaderCorpus, CsvInputsAreReadOrRefusedCleanly)
{
    runAll(QStringLiteral("csv"), ReaderFuzzDriver::Format::Csv);
}

TEST(ReaderCorpus, XlsxInputsAreReadOrRefusedCleanly)
{
    runAll(QStringLiteral("xlsx"), ReaderFuzzDriver::Format::Xlsx);
}

TEST(ReaderCorpus, KnownOutcomes)
{
    const auto open = [](const char* name) { return TabularSource::open(QStringLiteral(DOSSIER_FUZZ_CORPUS "/") + QLatin1String(name)); };
    EXPECT_EQ(open("xlsx/truncated.xlsx").error().toStdString(), "“truncated.xlsx” is damaged: it is not a complete .xlsx file.");
    EXPECT_EQ(open("xlsx/ole_header.xlsx").error().toStdString(),
              "“ole_header.xlsx” is an old Excel 97-2003 (.xls) or encrypted file; save it as .xlsx or CSV.");
    EXPECT_EQ(open("xlsx/hidden_only.xlsx").error().toStdString(), "“hidden_only.xlsx” has no visible worksheet.");
    EXPECT_EQ(open("csv/binary_random.csv").error().toStdString(),
              "“binary_random.csv” is neither a spreadsheet nor a text (CSV) file.");

    auto laughs = open("xlsx/billion_laughs_sheet.xlsx");
    ASSERT_TRUE(laughs.ok());
    EXPECT_FALSE((*laughs)->nextRow().has_value());
    EXPECT_EQ((*laughs)->error().toStdString(), "The sheet “S” in “billion_laughs_sheet.xlsx” cannot be read: the file is damaged.");

    auto xxe = open("xlsx/external_entity.xlsx");
    ASSERT_TRUE(xxe.ok());
    const auto row = (*xxe)->nextRow();
    EXPECT_FALSE(row.has_value() && row->cells.join(QString()).contains(QLatin1String("root:")));

    auto chunks = open("csv/doubled_quote_across_chunks.csv");
    ASSERT_TRUE(chunks.ok());
    const auto first = (*chunks)->nextRow();
    ASSERT_TRUE(first.has_value());
    EXPECT_EQ(first->cells.value(1), QString(64 * 1024 - 4, u'x') + QStringLiteral("\"y"));
    EXPECT_EQ((*chunks)->nextRow()->cells, (QStringList{"1", "2"}));
}
