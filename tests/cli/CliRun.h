#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <gtest/gtest.h>

// One run of a program as a separate process, the way a user or a script runs dossier-cli.
struct CliRun {
    int exitCode = -1; // -1 when the program crashed or did not finish
    QString out;
    QString err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
    QJsonObject jsonObject() const { return json().object(); }
    // With --json some commands print progress first: the last stdout line is the JSON object.
    QJsonObject lastLine() const
    {
        const QStringList lines = out.trimmed().split(u'\n');
        return QJsonDocument::fromJson(lines.last().toUtf8()).object();
    }
};

inline CliRun runProgram(const QString& program, const QStringList& args,
                         const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, args);
    EXPECT_TRUE(process.waitForFinished(180000)) << program.toStdString() << ' ' << args.join(' ').toStdString();
    CliRun run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

inline CliRun cli(const QStringList& args)
{
    return runProgram(QStringLiteral(DOSSIER_CLI_PATH), args);
}
