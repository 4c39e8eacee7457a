#pragma once

#include <QObject>

class Archive;
class CustomerDetailPane;
class CustomerListModel;
class FilterBar;
class QTableView;
class QWidget;

// Keeps the customer list, its filter bar and the detail pane in step: which customer is selected and shown,
// what happens to unsaved edits when the selection moves, and reloading after many records changed. The
// widgets belong to the main window; this only coordinates them.
class CustomerBrowser : public QObject {
    Q_OBJECT

public:
    CustomerBrowser(CustomerListModel* model, QTableView* view, FilterBar* filterBar,
                    CustomerDetailPane* detail, QWidget* window);

    // Lets go of the archive before it closes / shows `archive` with cleared filters.
    void detachArchive();
    void attachArchive(Archive* archive);
    Archive* archive() const { return m_archive; }

    CustomerListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    FilterBar* filterBar() const { return m_filterBar; }
    CustomerDetailPane* detail() const { return m_detail; }

    qint64 currentCustomerId() const;
    void selectCustomer(qint64 id); // no-op when the customer is not in the (filtered) list
    // Selects `id`, clearing the filters first when they hide it.
    void showInList(qint64 id);
    // Asks what to do with unsaved edits; false = the user wants to stay.
    bool confirmLeavingEditor(bool allowCancel);

    void reloadFilterChoices();
    void reloadSmartLists();
    // After an import, undo, merge or restore wrote to the archive behind the list's back.
    void reloadAfterBulkChange();
    // After the customer `id` was saved (in the editor, a dialog, or by restoring a value).
    void customerSaved(qint64 id);

    void showStatus(const QString& text, int timeoutMs) { emit statusMessage(text, timeoutMs); }
    // Something the main window's actions depend on (selection, unsaved edits) may have changed.
    void notifyStateChanged() { emit stateChanged(); }

signals:
    void stateChanged();
    void statusMessage(const QString& text, int timeoutMs);

private:
    void onModelReset();
    void onCurrentRowChanged();

    Archive* m_archive = nullptr;
    QWidget* m_window;
    CustomerListModel* m_model;
    QTableView* m_view;
    FilterBar* m_filterBar;
    CustomerDetailPane* m_detail;
    qint64 m_idBeforeReset = 0;
    bool m_switchingRows = false;
};
