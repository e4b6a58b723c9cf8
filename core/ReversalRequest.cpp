#include "core/ReversalRequest.h"

#include "core/ReasonAndNote.h"

namespace loyalty {

std::optional<Violation> ReversalRequest::validate() const
{
    return checkReasonAndNote(reason, note);
}

QJsonObject ReversalRequest::toJson() const
{
    return {{QStringLiteral("reason"), reason}, {QStringLiteral("note"), note}};
}

std::optional<Violation> ReversalRequest::fromJson(const QJsonObject &object, ReversalRequest *request)
{
    if (auto violation = readReasonAndNote(object, &request->reason, &request->note))
        return violation;
    return request->validate();
}

} // namespace loyalty
