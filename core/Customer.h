#pragma once

#include "CustomerKind.h"
#include "CustomerStage.h"

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

// A customer record (客户档案): a company or an individual.
struct Customer {
    qint64 id = 0;          // 0 until stored
    QString code;           // 客户编号, unique; generated (C000123) when empty on insert
    QString name;
    CustomerKind kind = CustomerKind::Company;
    QString familyName;     // individuals
    QString givenName;      // individuals
    QString company;        // employer of an individual
    QString industry;
    QString province;
    QString city;
    QString address;
    QString postcode;
    QString source;         // acquisition channel
    QString level;
    CustomerStage stage = CustomerStage::Lead;
    QString owner;          // login of the responsible user; empty = unowned
    QStringList tags;
    QString notes;
    QDate birthday;
    QDate renewalDate;      // next contract/service renewal (续约); invalid = none
    QString idNumber;
    QMap<QString, QString> customFields; // custom field name -> value as text
    QDateTime createdAt;    // UTC, set by storage
    QDateTime updatedAt;    // UTC, set by storage
    int version = 0;        // bumped by every stored change; detects concurrent edits

    bool operator==(const Customer&) const = default;
};
