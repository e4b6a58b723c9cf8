#pragma once

#include "core/MemberNote.h"
#include "core/NoteRequest.h"
#include "core/UserInfo.h"
#include "server/IdPage.h"
#include "server/Outcome.h"

namespace loyalty::server {

using NotePage = IdPage<MemberNote>;

// Notes support agents leave on a member: append-only, newest first, each audited.
class NoteService
{
public:
    static Outcome<MemberNote> add(const UserInfo &actor, const QString &clientAddress, qint64 memberId,
                                   const NoteRequest &request);
    static Outcome<NotePage> list(qint64 memberId, int limit, const std::optional<PageCursor> &before);
};

} // namespace loyalty::server
