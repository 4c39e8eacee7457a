#include "CustomerBrowser.h"

#include "Archive.h"
#include "CustomerDetailPane.h"
#include "CustomerEditor.h"
#include "CustomerListModel.h"
#include "FilterBar.h"
#include "SavedFilterRepository.h"
#include "UserName.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QTableView>

CustomerBrowser::CustomerBrowser(CustomerListModel* model, QTableView* view, FilterBar* filterBar,
                                 CustomerDetailPane* detail, QWidget* window)
    : QObject(window), m_window(window), m_model(model), m_view(view), m_filterBar(filterBar),
      m_detail(detail)
{
    connect(m_filterBar, &FilterBar::filterChanged, m_model, &CustomerListModel::setFilter);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_idBeforeReset = currentCustomerId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &CustomerBrowser::onModelReset);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomerBrowser::onCurrentRowChanged);
    connect(m_detail->editor(), &CustomerEditor::saved, this, [this](const Customer& customer) {
        // Queued: the editor may be saving on behalf of a row change that is still being handled.
        QMetaObject::invokeMethod(
            this, [this, id = customer.id] { customerSaved(id); }, Qt::QueuedConnection);
    });
    connect(m_detail->editor(), &CustomerEditor::modifiedChanged, this, &CustomerBrowser::stateChanged);
}

void CustomerBrowser::detachArchive()
{
    m_model->setArchive(nullptr);
    m_detail->setArchive(nullptr);
}

void CustomerBrowser::attachArchive(Archive* archive)
{
    m_archive = archive;
    m_filterBar->clear();
    reloadFilterChoices();
    m_detail->setArchive(m_archive);
    m_model->setFilter(m_filterBar->filter()); // also attaches below
    m_model->setArchive(m_archive);
}

qint64 CustomerBrowser::currentCustomerId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : 0;
}

void CustomerBrowser::selectCustomer(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return;
    // Column 0: scrolling to it never pushes the first columns out of sight horizontally.
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void CustomerBrowser::showInList(qint64 id)
{
    if (m_model->rowOfId(id) < 0) {
        // The filters hide the customer: show everything rather than nothing.
        m_filterBar->clear();
        m_model->setFilter(m_filterBar->filter());
    }
    selectCustomer(id);
}

void CustomerBrowser::onModelReset()
{
    // Keep the customer being looked at when it is still listed; otherwise start at the top, unless the
    // editor holds unsaved changes to a customer the filter now hides.
    if (m_model->rowOfId(m_idBeforeReset) >= 0) {
        selectCustomer(m_idBeforeReset);
    } else if (!m_detail->editor()->isModified()) {
        if (m_model->rowCount() > 0)
            selectCustomer(m_model->idAt(0));
        else
            m_detail->showCustomer(0);
    }
    emit stateChanged();
}

void CustomerBrowser::onCurrentRowChanged()
{
    if (m_switchingRows)
        return;
    const qint64 id = currentCustomerId();
    if (id != 0 && id == m_detail->customerId())
        return;
    m_switchingRows = true;
    if (id == 0) {
        if (!m_detail->editor()->isModified())
            m_detail->showCustomer(0);
    } else {
        confirmLeavingEditor(false);
        m_detail->showCustomer(id);
    }
    m_switchingRows = false;
    emit stateChanged();
}

// The texts below were the main window's and keep its translation context.
bool CustomerBrowser::confirmLeavingEditor(bool allowCancel)
{
    CustomerEditor* editor = m_detail->editor();
    if (!editor->hasCustomer() || !editor->isModified())
        return true;
    QMessageBox::StandardButtons buttons = QMessageBox::Save | QMessageBox::Discard;
    if (allowCancel)
        buttons |= QMessageBox::Cancel;
    const QString name = editor->customer().name.trimmed();
    const auto answer = QMessageBox::question(
        m_window, QCoreApplication::translate("MainWindow", "Unsaved Changes"),
        QCoreApplication::translate("MainWindow", "Save the changes to %1?")
            .arg(name.isEmpty() ? QCoreApplication::translate("MainWindow", "the customer") : name),
        buttons, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Save)
        return editor->save() || !allowCancel;
    return true;
}

void CustomerBrowser::reloadFilterChoices()
{
    if (!m_archive) {
        m_filterBar->setChoices({}, {}, {});
        return;
    }
    CustomerRepository& customers = m_archive->customers();
    m_filterBar->setChoices(customers.owners(), customers.tags(), customers.provinces());
    reloadSmartLists();
}

void CustomerBrowser::reloadSmartLists()
{
    if (!m_archive) {
        m_filterBar->setSmartLists({});
        return;
    }
    const auto lists =
        SavedFilterRepository(m_archive->database().connection()).visibleTo(UserName::current());
    m_filterBar->setSmartLists(lists ? *lists : QList<SavedFilter>());
}

void CustomerBrowser::reloadAfterBulkChange()
{
    reloadFilterChoices();
    m_model->refresh();
    // The customer on screen may have been changed or removed by the import.
    if (!m_detail->editor()->isModified()) {
        const qint64 shown = m_detail->customerId();
        if (shown > 0 && m_model->rowOfId(shown) >= 0)
            m_detail->showCustomer(shown);
        else if (m_model->rowCount() > 0)
            selectCustomer(m_model->idAt(0));
        else
            m_detail->showCustomer(0);
    }
    emit stateChanged();
}

void CustomerBrowser::customerSaved(qint64 id)
{
    reloadFilterChoices();
    m_model->refresh(); // the row may move (new name) or leave the filter
    if (m_model->rowOfId(id) >= 0 && currentCustomerId() != id && !m_detail->editor()->isModified())
        selectCustomer(id);
    emit stateChanged();
    emit statusMessage(QCoreApplication::translate("MainWindow", "Saved."), 4000);
}
