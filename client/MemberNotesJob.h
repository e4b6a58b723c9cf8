#pragma once

#include "client/PageJob.h"
#include "core/MemberNote.h"

namespace loyalty {

// GET /v1/members/{id}/notes: one page of the notes agents left on a member, newest first.
class MemberNotesJob : public PageJob<MemberNote>
{
public:
    MemberNotesJob(ApiClient *client, qint64 memberId, const QString &cursor, int limit,
                   QObject *parent = nullptr)
        : PageJob(client, QStringLiteral("/v1/members/%1/notes").arg(memberId), {}, cursor, limit, parent)
    {
    }
};

} // namespace loyalty
