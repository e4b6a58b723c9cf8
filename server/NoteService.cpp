#include "server/NoteService.h"

#include "server/AuditLog.h"
#include "server/Database.h"
#include "server/MemberService.h"
#include "server/Transaction.h"

#include <QSqlQuery>
#include <QTimeZone>

#include <limits>

namespace loyalty::server {

namespace {
MemberNote readNote(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
            query.value(3).toString(),
            QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), QTimeZone::utc())};
}

} // namespace

Outcome<MemberNote> NoteService::add(const UserInfo &actor, const QString &clientAddress, qint64 memberId,
                                     const NoteRequest &request)
{
    Transaction transaction;
    if (!transaction.isActive())
        return ServiceError::internal();
    if (const std::optional<ServiceError> missing = MemberService::requireMember(memberId))
        return *missing;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QSqlQuery insert(Database::connection());
    insert.prepare(QStringLiteral(
        "INSERT INTO member_notes (member_id, text, author_id, author, created_at) VALUES (?, ?, ?, ?, ?)"));
    insert.bindValue(0, memberId);
    insert.bindValue(1, request.text);
    insert.bindValue(2, actor.id);
    insert.bindValue(3, Database::text(actor.username));
    insert.bindValue(4, now);
    if (!Database::exec(insert))
        return ServiceError::internal();
    const MemberNote note{insert.lastInsertId().toLongLong(), memberId, request.text, actor.username,
                          QDateTime::fromMSecsSinceEpoch(now, QTimeZone::utc())};
    AuditRecord audit;
    audit.actorId = actor.id;
    audit.actorName = actor.username;
    audit.clientAddress = clientAddress;
    audit.action = QStringLiteral("member.note");
    audit.entity = QStringLiteral("member");
    audit.entityId = QString::number(memberId);
    audit.after = {{QStringLiteral("noteId"), note.id}, {QStringLiteral("text"), note.text}};
    if (!AuditLog::record(audit) || !transaction.commit())
        return ServiceError::internal();
    return note;
}

Outcome<NotePage> NoteService::list(qint64 memberId, int limit, const std::optional<PageCursor> &before)
{
    if (const std::optional<ServiceError> missing = MemberService::requireMember(memberId))
        return *missing;
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id, member_id, text, author, created_at FROM member_notes "
                                 "WHERE member_id = ? AND id < ? ORDER BY id DESC LIMIT ?"));
    query.bindValue(0, memberId);
    query.bindValue(1, before ? before->id : std::numeric_limits<qint64>::max());
    query.bindValue(2, limit + 1);
    if (!Database::exec(query))
        return ServiceError::internal();
    return readIdPage<MemberNote>(query, limit, readNote);
}

} // namespace loyalty::server
