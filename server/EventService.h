#pragma once

#include "core/MemberEvent.h"
#include "core/TierRef.h"
#include "core/UserInfo.h"
#include "server/Outcome.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace loyalty::server {

// What became of one event of POST /v1/events.
struct EventResult
{
    enum class Status
    {
        Applied,
        Duplicate, // the same id with the same body: already applied, nothing changed
        Conflict,  // the same id with another body: refused
        Rejected   // e.g. no such member
    };
    QString id;
    Status status = Status::Applied;
    qint64 memberId = 0;
    std::optional<TierRef> tier; // the engine tier after the event; none when there is no such member
    bool upgraded = false;
    std::optional<Violation> error;
};

QString eventStatusToString(EventResult::Status status);

// Member activity events: each applied at most once under its id, moving the member's tier metrics,
// then the tier evaluation at once (an order can make a member Silver on the spot).
class EventService
{
public:
    // The body is one event or {events: [...]} (1 to 500). A badly shaped event refuses the whole body
    // (400 naming e.g. "events[3].amount") before anything is applied; refusals of single events
    // (member_not_found, conflict) do not stop the others. All in one transaction.
    static Outcome<QList<EventResult>> post(const QJsonObject &body, const UserInfo &actor,
                                            const QString &clientAddress);
};

} // namespace loyalty::server
