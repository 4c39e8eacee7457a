#pragma once

#include "CustomerKind.h"
#include "QualityScore.h"

#include <QString>

// A scored customer as the archive-wide scan reports it: enough to list it and open it.
struct QualityRecord {
    qint64 id = 0;
    QString code;
    QString name;
    QString owner; // login, empty = unowned
    CustomerKind kind = CustomerKind::Company;
    QualityScore quality;
};
