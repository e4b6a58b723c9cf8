#pragma once

#include "core/Member.h"
#include "core/TierOverrideRequest.h"
#include "core/UserInfo.h"
#include "server/Outcome.h"

namespace loyalty::server {

// A tier set by hand (support, with a reason and an end). It lives beside the engine's tier: while it
// holds, the member shows it and its benefits (lot expiry) apply; when it ends, the engine's tier is
// simply what shows again, so nothing has to run at the end. Audited both ways.
class TierOverrideService
{
public:
    static Outcome<Member> set(const UserInfo &actor, const QString &clientAddress, qint64 memberId,
                               const TierOverrideRequest &request);
    // Ends the manual tier now; 422 when there is none.
    static Outcome<Member> end(const UserInfo &actor, const QString &clientAddress, qint64 memberId,
                               const QString &reason);
};

} // namespace loyalty::server
