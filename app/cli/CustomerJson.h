#pragma once

#include "Contact.h"
#include "Customer.h"
#include "CustomerListRow.h"
#include "Interaction.h"
#include "OrderTotals.h"

#include <QJsonArray>
#include <QJsonObject>

// The JSON shapes dossier-cli prints. Key names are an interface other tools read: keep them stable.
class CustomerJson {
public:
    static QJsonObject customer(const Customer& customer);
    static QJsonObject contact(const Contact& contact);
    static QJsonObject interaction(const Interaction& interaction);
    static QJsonObject orderTotals(const OrderTotals& totals);
    static QJsonObject listRow(const CustomerListRow& row);
};
