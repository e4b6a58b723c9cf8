#pragma once

#include "core/Violation.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace loyalty {

// A broken rule as people read it: the field it is about ("tiers[2].retention"), a stable code and the
// sentence, already in the reader's language. The server sends these ({field, code, message}); the
// console makes them from its own checks (core/Violation, translated when made).
struct ReportedViolation
{
    QString field;
    QString code;
    QString message;

    static ReportedViolation fromViolation(const Violation &violation);
    static ReportedViolation fromJson(const QJsonObject &object);
    static QList<ReportedViolation> listFromJson(const QJsonArray &array);
    bool operator==(const ReportedViolation &) const = default;
};

} // namespace loyalty
