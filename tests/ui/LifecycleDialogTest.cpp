#include "LifecycleDialog.h"
#include "LifecycleSuggestionModel.h"
#include "UiTestArchive.h"
#include "WaitFor.h"

#include <QPushButton>
#include <QSignalSpy>

#include <gtest/gtest.h>

TEST(LifecycleDialog, AppliesOnlyTheCheckedSuggestions)
{
    UiTestArchive archive;
    const QDate today = QDate::currentDate();
    const Customer recent = archive.add(QStringLiteral("近期下单"), CustomerStage::Lead);
    const Customer old = archive.add(QStringLiteral("久未下单"), CustomerStage::Active);
    int n = 0;
    for (const auto& [id, days] : {std::pair{recent.id, 3}, std::pair{old.id, 500}}) {
        Order order;
        order.customerId = id;
        order.orderNo = QStringLiteral("LD-%1").arg(++n);
        order.date = today.addDays(-days);
        order.amountCents = 10000;
        ASSERT_TRUE(archive->orders().insert(order));
    }

    LifecycleDialog dialog(archive.path);
    QSignalSpy changed(&dialog, &LifecycleDialog::archiveChanged);
    ASSERT_TRUE(waitFor([&] { return !dialog.isBusy(); }));
    LifecycleSuggestionModel* model = dialog.model();
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_EQ(model->checkedCount(), 0); // nothing accepted by default
    auto* apply = dialog.findChild<QPushButton*>(QStringLiteral("applyButton"));
    ASSERT_NE(apply, nullptr);
    EXPECT_FALSE(apply->isEnabled());

    // Check only the recent customer (the user ticks its box).
    int row = model->index(0, 0).data().toString() == recent.code ? 0 : 1;
    ASSERT_TRUE(model->setData(model->index(row, 0), int(Qt::Checked), Qt::CheckStateRole));
    EXPECT_TRUE(apply->isEnabled());
    apply->click();
    ASSERT_TRUE(waitFor([&] { return !dialog.isBusy() && changed.count() == 1; })) << dialog.statusText().toStdString();
    ASSERT_TRUE(waitFor([&] { return !dialog.isBusy() && model->rowCount() == 1; }));

    const Customer after = *archive->customers().findById(recent.id);
    EXPECT_EQ(after.stage, CustomerStage::Active);
    EXPECT_EQ(after.version, recent.version + 1);
    EXPECT_EQ(archive->customers().findById(old.id)->stage, CustomerStage::Active); // not checked: unchanged
    EXPECT_EQ(dialog.appliedCount(), 1);
}
