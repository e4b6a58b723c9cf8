#include "client/AddNoteJob.h"

#include <QJsonObject>

namespace loyalty {

AddNoteJob::AddNoteJob(ApiClient *client, qint64 memberId, const NoteRequest &request, QObject *parent)
    : ApiJob(client, parent)
{
    setRequest("POST", QStringLiteral("/v1/members/%1/notes").arg(memberId), {},
               QJsonDocument(request.toJson()));
}

bool AddNoteJob::parse(int, const QJsonDocument &document)
{
    m_note = MemberNote::fromJson(document.object());
    return m_note.id != 0;
}

} // namespace loyalty
