#include "CustomerCommands.h"

#include "Archive.h"
#include "CustomerBrowser.h"
#include "CustomerDetailPane.h"
#include "CustomerDialog.h"
#include "CustomerEditor.h"
#include "CustomerHistoryDialog.h"
#include "CustomerListModel.h"
#include "FollowUpTimeline.h"
#include "RecycleBin.h"

#include <QMessageBox>

CustomerCommands::CustomerCommands(QWidget* window, CustomerBrowser& browser)
    : m_window(window), m_browser(browser)
{
}

void CustomerCommands::newCustomer()
{
    Archive* archive = m_browser.archive();
    if (!archive)
        return;
    CustomerDialog dialog(*archive, 0, m_window);
    // The duplicate check on entry may turn the dialog into the existing customer's ("Open Existing").
    qint64 existingId = 0;
    QObject::connect(dialog.editor(), &CustomerEditor::existingOpened, &dialog, [&existingId](qint64 id) { existingId = id; });
    if (dialog.exec() != QDialog::Accepted) {
        if (existingId > 0)
            m_browser.showInList(existingId); // the user went to look at it: show where it is
        return;
    }
    const qint64 id = dialog.savedCustomer().id;
    m_browser.reloadFilterChoices();
    m_browser.model()->refresh();
    // When the filter hides the new customer, show everything rather than leave the user wondering.
    m_browser.showInList(id);
    m_browser.showStatus(id == existingId ? tr("Saved %1.").arg(dialog.savedCustomer().name)
                                          : tr("Added %1.").arg(dialog.savedCustomer().name),
                         4000);
}

void CustomerCommands::editCustomer()
{
    Archive* archive = m_browser.archive();
    const qint64 id = m_browser.currentCustomerId();
    if (!archive || id <= 0)
        return;
    if (m_browser.detail()->customerId() == id && !m_browser.confirmLeavingEditor(true))
        return;
    CustomerDialog dialog(*archive, id, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_browser.detail()->showCustomer(id);
    m_browser.customerSaved(id);
}

void CustomerCommands::saveCustomer()
{
    m_browser.detail()->editor()->save();
    m_browser.notifyStateChanged();
}

void CustomerCommands::addFollowUp()
{
    if (m_browser.detail()->customerId() <= 0)
        return;
    m_browser.detail()->timeline()->focusContent();
}

void CustomerCommands::showHistory()
{
    Archive* archive = m_browser.archive();
    const qint64 id = m_browser.currentCustomerId();
    if (!archive || id <= 0 || !m_browser.confirmLeavingEditor(true))
        return;
    CustomerHistoryDialog dialog(*archive, id, m_window);
    QObject::connect(&dialog, &CustomerHistoryDialog::customerChanged, &dialog, [this](qint64 changed) {
        m_browser.detail()->showCustomer(changed);
        m_browser.customerSaved(changed);
    });
    dialog.exec();
}

void CustomerCommands::deleteCustomer()
{
    Archive* archive = m_browser.archive();
    const qint64 id = m_browser.currentCustomerId();
    if (!archive || id <= 0)
        return;
    const auto customer = archive->customers().findById(id);
    if (!customer)
        return;
    if (QMessageBox::question(
            m_window, tr("Delete Customer"),
            tr("Move %1 (%2) with its contacts, follow-ups, orders and tasks to the recycle bin?\n"
               "It can be restored from Tools ▸ Recycle Bin.")
                .arg(customer->name, customer->code),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) != QMessageBox::Yes)
        return;
    const auto moved = RecycleBin(archive->database().connection()).moveToBin(id);
    if (!moved) {
        QMessageBox::warning(m_window, tr("Delete Customer"), moved.error());
        return;
    }
    if (m_browser.detail()->customerId() == id)
        m_browser.detail()->showCustomer(0); // its unsaved edits, if any, went to the bin with it
    m_browser.reloadAfterBulkChange();
    m_browser.showStatus(tr("%1 moved to the recycle bin.").arg(customer->name), 6000);
}
