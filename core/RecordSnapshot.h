#pragma once

#include "Contact.h"
#include "Customer.h"
#include "Order.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

// Records frozen as JSON, so an undo can put back exactly what was there (import undo; later history).
class RecordSnapshot {
public:
    static QByteArray customer(const Customer& customer, const QList<Contact>& contacts);
    // The customer's own fields (id and contacts aside) under their model names: code, name, kind, stage ...
    static QJsonObject customerFields(const Customer& customer);
    static bool readCustomer(const QByteArray& json, Customer* customer, QList<Contact>* contacts);
    static QByteArray order(const Order& order);
    static bool readOrder(const QByteArray& json, Order* order);
};
