#include <QCoreApplication>
#include <gtest/gtest.h>

// One QCoreApplication for the whole run (QSqlDatabase and QStandardPaths need it). No widgets here.
int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("DossierTests"));
    QCoreApplication::setApplicationName(QStringLiteral("dossier-cli-tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
