#include "CustomerStage.h"
#include "InteractionType.h"
#include "Localization.h"

#include <QFile>
#include <QLocale>
#include <QTranslator>
#include <QXmlStreamReader>
#include <gtest/gtest.h>

// Simplified Chinese is the product's first language: every string must have a finished translation.
TEST(Translation, SimplifiedChineseIsComplete)
{
    QFile ts(QStringLiteral(DOSSIER_TRANSLATIONS_DIR "/dossier_zh_CN.ts"));
    ASSERT_TRUE(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    int messages = 0;
    QString source;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            ++messages;
            const QString type = xml.attributes().value(QLatin1String("type")).toString();
            EXPECT_TRUE(type.isEmpty()) << "not finished (" << type.toStdString() << "): " << source.toStdString();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            EXPECT_FALSE(text.trimmed().isEmpty()) << "no translation: " << source.toStdString();
        }
    }
    EXPECT_FALSE(xml.hasError()) << xml.errorString().toStdString();
    EXPECT_GT(messages, 100);
}

TEST(Translation, InstalledChineseTranslatesWhatUsersSee)
{
    auto& app = *QCoreApplication::instance();
    Localization::install(app, QStringLiteral("zh_CN"));
    EXPECT_EQ(CustomerStages::displayName(CustomerStage::Lead), QStringLiteral("潜在"));
    EXPECT_EQ(CustomerStages::displayName(CustomerStage::Lost), QStringLiteral("流失"));
    EXPECT_EQ(InteractionTypes::displayName(InteractionType::Visit), QStringLiteral("拜访"));
    // Leave the other tests in this process with the English source strings.
    for (QTranslator* translator : app.findChildren<QTranslator*>())
        delete translator;
    QLocale::setDefault(QLocale::c());
    EXPECT_EQ(CustomerStages::displayName(CustomerStage::Lead), QStringLiteral("Lead"));
}
