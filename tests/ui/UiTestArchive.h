#pragma once

#include "Archive.h"

#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>

// A fresh archive file in its own temporary folder, removed after the test. Also starts every test with
// empty settings, so one test's recent files or window layout never leak into the next.
class UiTestArchive {
public:
    UiTestArchive()
    {
        QSettings().clear();
        path = dir.filePath(QStringLiteral("ui-test.sqlite"));
        auto opened = Archive::open(path);
        if (!opened)
            ADD_FAILURE() << "cannot open archive: " << opened.error().toStdString();
        else
            archive = std::move(opened).value();
    }
    Archive& operator*() { return *archive; }
    Archive* operator->() { return archive.get(); }
    Archive* get() { return archive.get(); }

    // Hands the archive to a window that owns it; the path stays valid for reopening.
    std::unique_ptr<Archive> release() { return std::move(archive); }

    Customer add(const QString& name, CustomerStage stage = CustomerStage::Lead, const QString& owner = QString(),
                 const QString& mobile = QString(), const QString& province = QString())
    {
        Customer c;
        c.name = name;
        c.stage = stage;
        c.owner = owner;
        c.province = province;
        QList<Contact> contacts;
        if (!mobile.isEmpty()) {
            Contact contact;
            contact.name = name;
            contact.mobile = mobile;
            contact.isPrimary = true;
            contacts.append(contact);
        }
        auto saved = archive->saveCustomer(c, contacts);
        EXPECT_TRUE(saved.ok()) << saved.error().toStdString();
        return saved ? *saved : Customer{};
    }

    // `count` customers named 客户0001 … with stages, owners and provinces in a fixed rotation.
    void addMany(int count)
    {
        static const CustomerStage stages[] = {CustomerStage::Lead, CustomerStage::Customer, CustomerStage::Active,
                                               CustomerStage::Lost};
        static const char* owners[] = {"wangfang", "lina", ""};
        static const char* provinces[] = {"广东省", "浙江省", "北京市", "四川省", "江苏省"};
        for (int i = 0; i < count; ++i)
            add(QStringLiteral("客户%1").arg(i, 4, 10, QLatin1Char('0')), stages[i % 4],
                QString::fromUtf8(owners[i % 3]), QStringLiteral("1380013%1").arg(i, 4, 10, QLatin1Char('0')),
                QString::fromUtf8(provinces[i % 5]));
    }

    QTemporaryDir dir;
    QString path;
    std::unique_ptr<Archive> archive;
};
