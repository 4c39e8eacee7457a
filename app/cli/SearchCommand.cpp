#include "SearchCommand.h"

#include "AccessPolicy.h"
#include "CustomerOwnership.h"
#include "SearchIndex.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>


namespace {
QString matchKey(SearchMatch match)
{
    switch (match) {
    case SearchMatch::ExactCode: return QStringLiteral("code");
    case SearchMatch::ExactPhone: return QStringLiteral("phone");
    case SearchMatch::CodePrefix: return QStringLiteral("code_prefix");
    case SearchMatch::PhoneTail: return QStringLiteral("phone_tail");
    case SearchMatch::ExactName: return QStringLiteral("name");
    case SearchMatch::NamePrefix: return QStringLiteral("name_prefix");
    case SearchMatch::Text: return QStringLiteral("text");
    }
    return {};
}
} // namespace

void SearchCommand::addOptions(QCommandLineParser& parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("limit"), tr("At most N results (default 20)."), QStringLiteral("N")));
    parser.addOption(QCommandLineOption(QStringLiteral("json"), tr("Print JSON.")));
}

Status SearchCommand::search(Archive& archive, const QString& text, const QCommandLineParser& parser, QTextStream& out)
{
    SearchQuery query(text, 20);
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        query.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || query.limit < 1)
            return Status::failure(tr("--limit needs a whole number of 1 or more."), ErrorKind::Usage);
    }
    // Only the user's customers, narrowed inside the search so the limit counts what they may see.
    const AccessPolicy policy(archive.database().actingUser());
    if (!CustomerOwnership::restrict(query, policy))
        return policy.check(Permission::View);
    const auto hits = SearchIndex(archive.database().connection()).search(query);
    if (!hits)
        return Status::failure(hits.error());
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SearchHit& hit : *hits)
            array.append(QJsonObject{{QStringLiteral("code"), hit.code},
                                     {QStringLiteral("name"), hit.name},
                                     {QStringLiteral("score"), hit.score},
                                     {QStringLiteral("match"), matchKey(hit.match)}});
        out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
    } else {
        for (const SearchHit& hit : *hits)
            out << hit.code << '\t' << hit.name << '\t' << hit.score << '\n';
    }
    out.flush();
    return {};
}

Status SearchCommand::reindex(Archive& archive, QTextStream& out)
{
    QElapsedTimer timer;
    timer.start();
    SearchIndex index(archive.database().connection());
    const auto count = index.rebuild();
    if (!count)
        return Status::failure(count.error());
    const qint64 milliseconds = timer.elapsed(); // the build; measuring the size reads the whole index again
    const qint64 bytes = index.sizeBytes();
    out << tr("Indexed %1 customers in %2 s; the index takes %3 MB.")
               .arg(*count)
               .arg(double(milliseconds) / 1000.0, 0, 'f', 1)
               .arg(bytes < 0 ? QStringLiteral("?") : QString::number(double(bytes) / 1e6, 'f', 1))
        << Qt::endl;
    return {};
}
