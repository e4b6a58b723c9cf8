#include "core/Approval.h"

#include "core/IsoTime.h"

namespace loyalty {

QString Approval::statusToString(Status status)
{
    switch (status) {
    case Status::Approved:
        return QStringLiteral("approved");
    case Status::Rejected:
        return QStringLiteral("rejected");
    case Status::Cancelled:
        return QStringLiteral("cancelled");
    case Status::Pending:
        break;
    }
    return QStringLiteral("pending");
}

bool Approval::statusFromString(const QString &text, Status *status)
{
    for (Status candidate : {Status::Pending, Status::Approved, Status::Rejected, Status::Cancelled}) {
        if (text == statusToString(candidate)) {
            *status = candidate;
            return true;
        }
    }
    return false;
}

QJsonObject Approval::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("memberId"), memberId},
            {QStringLiteral("memberNo"), memberNo},
            {QStringLiteral("memberName"), memberName},
            {QStringLiteral("amount"), amount},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("note"), note},
            {QStringLiteral("status"), statusToString(status)},
            {QStringLiteral("requestedById"), requestedById},
            {QStringLiteral("requestedBy"), requestedBy},
            {QStringLiteral("requestedAt"), toIsoTime(requestedAt)},
            {QStringLiteral("decidedBy"), decidedBy},
            {QStringLiteral("decidedAt"), toIsoTime(decidedAt)},
            {QStringLiteral("comment"), comment},
            {QStringLiteral("entryId"), entryId > 0 ? QJsonValue(entryId) : QJsonValue()}};
}

Approval Approval::fromJson(const QJsonObject &object)
{
    Approval approval;
    approval.id = object.value(QStringLiteral("id")).toInteger();
    approval.memberId = object.value(QStringLiteral("memberId")).toInteger();
    approval.memberNo = object.value(QStringLiteral("memberNo")).toString();
    approval.memberName = object.value(QStringLiteral("memberName")).toString();
    approval.amount = object.value(QStringLiteral("amount")).toInteger();
    approval.reason = object.value(QStringLiteral("reason")).toString();
    approval.note = object.value(QStringLiteral("note")).toString();
    statusFromString(object.value(QStringLiteral("status")).toString(), &approval.status);
    approval.requestedById = object.value(QStringLiteral("requestedById")).toInteger();
    approval.requestedBy = object.value(QStringLiteral("requestedBy")).toString();
    approval.requestedAt = fromIsoTime(object.value(QStringLiteral("requestedAt")).toString());
    approval.decidedBy = object.value(QStringLiteral("decidedBy")).toString();
    approval.decidedAt = fromIsoTime(object.value(QStringLiteral("decidedAt")).toString());
    approval.comment = object.value(QStringLiteral("comment")).toString();
    approval.entryId = object.value(QStringLiteral("entryId")).toInteger();
    return approval;
}

} // namespace loyalty
