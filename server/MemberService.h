#pragma once

#include "core/Member.h"
#include "core/MemberQuery.h"
#include "server/Outcome.h"
#include "server/PageCursor.h"

#include <QList>

namespace loyalty::server {

struct MemberPage
{
    QList<Member> items; // phones masked
    QString nextCursor;  // null when this was the last page
};

// Finding and reading members. Phones leave this service masked; reveal() is the one audited way
// to the whole number.
class MemberService
{
public:
    static constexpr int kDefaultLimit = 50;
    static constexpr int kMaxLimit = 500;

    static Outcome<MemberPage> search(const MemberQuery &query, int limit,
                                      const std::optional<PageCursor> &after);
    static Outcome<Member> find(qint64 id);
    // For the lists that belong to a member (ledger, lots, notes, pending, trail): 404 for no such
    // member, 500 on a database error, nothing when it exists.
    static std::optional<ServiceError> requireMember(qint64 id);
    // Returns the whole phone and writes the audit row in one transaction.
    static Outcome<QString> reveal(qint64 id, qint64 actorId, const QString &actorName,
                                   const QString &clientAddress);
};

} // namespace loyalty::server
