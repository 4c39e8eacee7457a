#pragma once

class CustomerDetailPane;
class QMainWindow;
class QSplitter;
class QTableView;

// The main window's layout kept across sessions in QSettings: geometry, docks and toolbar, both splitters and
// the customer list's columns (widths, order, sort). Without saved values: a default that fits typical
// content.
class WindowLayoutSettings {
public:
    struct Parts {
        QMainWindow* window;
        QSplitter* splitter; // list | detail
        CustomerDetailPane* detail;
        QTableView* customerView; // its model is a CustomerListModel
    };

    static void restore(const Parts& parts);
    static void save(const Parts& parts);

private:
    static void defaultColumnWidths(QTableView* view);
};
