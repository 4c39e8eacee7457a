// dossier_edit_driver DB WORKER EDITS SEED LOG
// Makes EDITS random edits of the customers in DB, as one of several team members working at the same time:
// read a customer, think a moment, save the change against the version read. Every edit appends the token
// "wWORKER-eN;" to the customer's notes, so an edit that was saved but later overwritten by someone who had not
// seen it (a lost update) is visible in the final file. Writes one line per edit to LOG:
//   applied CODE TOKEN VERSION | conflict CODE TOKEN | error CODE TOKEN MESSAGE
// Exit status 0 when every edit was either applied or refused as a conflict.
#include "Archive.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>
#include <QThread>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 6) {
        QTextStream(stderr) << "usage: dossier_edit_driver DB WORKER EDITS SEED LOG\n";
        return 2;
    }
    const QString worker = args.at(2);
    const int edits = args.at(3).toInt();
    QRandomGenerator random(args.at(4).toUInt());
    QFile logFile(args.at(5));
    if (!logFile.open(QIODevice::WriteOnly | QIODevice::Text))
        return 2;
    QTextStream log(&logFile);

    auto opened = Archive::open(args.at(1), Database::OpenMode::MustExist);
    if (!opened) {
        QTextStream(stderr) << opened.error() << '\n';
        return 1;
    }
    Archive& archive = **opened;
    const auto ids = archive.customers().listIds({}, CustomerSortKey::Code);
    if (!ids || ids->isEmpty())
        return 1;

    int failures = 0;
    for (int n = 0; n < edits; ++n) {
        const qint64 id = ids->at(random.bounded(int(ids->size())));
        const QString token = QStringLiteral("w%1-e%2;").arg(worker).arg(n);
        auto customer = archive.customers().findById(id);
        auto contacts = archive.contacts().forCustomer(id);
        if (!customer || !contacts) {
            log << "error " << id << ' ' << token << " cannot read\n";
            ++failures;
            continue;
        }
        // The moment between reading and saving where somebody else may save first.
        if (random.bounded(4) == 0)
            QThread::usleep(random.bounded(2000));
        Customer edited = *customer;
        edited.notes += token;
        if (random.bounded(2) == 0)
            edited.city = QStringLiteral("城市%1").arg(random.bounded(100));
        const auto saved = archive.saveCustomer(edited, *contacts);
        if (saved)
            log << "applied " << customer->code << ' ' << token << ' ' << saved->version << '\n';
        else if (saved.errorKind() == ErrorKind::Conflict)
            log << "conflict " << customer->code << ' ' << token << '\n';
        else {
            log << "error " << customer->code << ' ' << token << ' ' << saved.error().simplified() << '\n';
            ++failures;
        }
    }
    log.flush();
    return failures == 0 ? 0 : 1;
}
