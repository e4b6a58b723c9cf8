#pragma once

#include "client/ApiJob.h"
#include "core/MemberNote.h"
#include "core/NoteRequest.h"

namespace loyalty {

// POST /v1/members/{id}/notes {text}: 201 with the note as stored (author and time from the server).
class AddNoteJob : public ApiJob
{
    Q_OBJECT
public:
    AddNoteJob(ApiClient *client, qint64 memberId, const NoteRequest &request, QObject *parent = nullptr);

    MemberNote note() const { return m_note; }

protected:
    bool parse(int httpStatus, const QJsonDocument &document) override;

private:
    MemberNote m_note;
};

} // namespace loyalty
