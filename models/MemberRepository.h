#pragma once

#include "client/ConnectionMonitor.h"
#include "core/AdjustmentRequest.h"
#include "core/Member.h"
#include "core/NoteRequest.h"
#include "core/ReversalRequest.h"
#include "core/StatusChangeRequest.h"
#include "core/TierOverrideRequest.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace loyalty {

class ApiClient;
class AddNoteJob;
class AdjustPointsJob;
class BlacklistJob;
class EndManualTierJob;
class LiftBlacklistJob;
class MemberStatusJob;
class TierOverrideJob;
class TiersJob;

class MemberCache;
class RevealPhoneJob;
class ReverseEntryJob;

// One member's detail for the panes: from the server while online (written through to the cache), from
// the cache when the server cannot be reached. Writes go only to the server.
class MemberRepository : public QObject
{
    Q_OBJECT
public:
    MemberRepository(ApiClient *client, MemberCache *cache, ConnectionMonitor *connection,
                     QObject *parent = nullptr);

    void setCache(MemberCache *cache) { m_cache = cache; }
    void loadMember(qint64 memberId);
    // Started jobs; the caller connects to finished(). The key makes retries and double clicks post once.
    AdjustPointsJob *adjustPoints(qint64 memberId, const AdjustmentRequest &request,
                                  const QByteArray &idempotencyKey);
    RevealPhoneJob *revealPhone(qint64 memberId);
    ReverseEntryJob *reverseEntry(qint64 entryId, const ReversalRequest &request,
                                  const QByteArray &idempotencyKey);
    // Member 360 actions (issue 4); each answers the member as it is afterwards, except addNote.
    MemberStatusJob *changeStatus(qint64 memberId, const StatusChangeRequest &request);
    BlacklistJob *blacklist(qint64 memberId, const QString &reason, const QByteArray &idempotencyKey);
    LiftBlacklistJob *liftBlacklist(qint64 memberId, const QString &reason);
    TierOverrideJob *setManualTier(qint64 memberId, const TierOverrideRequest &request);
    EndManualTierJob *endManualTier(qint64 memberId, const QString &reason);
    AddNoteJob *addNote(qint64 memberId, const NoteRequest &request);
    TiersJob *loadTiers();

Q_SIGNALS:
    // fromCache: the server could not be reached; asOf is when the cached copy was fetched.
    void memberLoaded(const loyalty::Member &member, bool fromCache, const QDateTime &asOf);
    void memberFailed(qint64 memberId, const QString &message);

private:
    void loadFromCache(qint64 memberId);

    QPointer<ApiClient> m_client;
    MemberCache *m_cache;
    QPointer<ConnectionMonitor> m_connection;
};

} // namespace loyalty
