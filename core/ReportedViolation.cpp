#include "core/ReportedViolation.h"

namespace loyalty {

ReportedViolation ReportedViolation::fromViolation(const Violation &violation)
{
    return {violation.field, violation.code, violation.text()};
}

ReportedViolation ReportedViolation::fromJson(const QJsonObject &object)
{
    return {object.value(QStringLiteral("field")).toString(), object.value(QStringLiteral("code")).toString(),
            object.value(QStringLiteral("message")).toString()};
}

QList<ReportedViolation> ReportedViolation::listFromJson(const QJsonArray &array)
{
    QList<ReportedViolation> list;
    for (const QJsonValue &value : array)
        list.append(fromJson(value.toObject()));
    return list;
}

} // namespace loyalty
