#pragma once

#include "Contact.h"
#include "Customer.h"
#include "OrderTotals.h"

#include <QList>

// One record of a duplicate group as the comparison shows it: the customer with what would move with it.
struct MergeCandidate {
    Customer customer;
    QList<Contact> contacts;
    int followUps = 0;
    int tasks = 0;
    OrderTotals orders;
};
