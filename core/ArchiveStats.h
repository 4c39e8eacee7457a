#pragma once

#include <QtGlobal>

struct ArchiveStats {
    qint64 customers = 0;
    qint64 contacts = 0;
    qint64 interactions = 0;
    qint64 orders = 0;
};
