#include "models/MemberRepository.h"

#include "cache/MemberCache.h"
#include "client/AddNoteJob.h"
#include "client/AdjustPointsJob.h"
#include "client/BlacklistJob.h"
#include "client/ConnectionMonitor.h"
#include "client/EndManualTierJob.h"
#include "client/LiftBlacklistJob.h"
#include "client/MemberJob.h"
#include "client/MemberStatusJob.h"
#include "client/RevealPhoneJob.h"
#include "client/ReverseEntryJob.h"
#include "client/TierOverrideJob.h"
#include "client/TiersJob.h"
#include "models/OffThread.h"

namespace loyalty {

MemberRepository::MemberRepository(ApiClient *client, MemberCache *cache, ConnectionMonitor *connection,
                                   QObject *parent)
    : QObject(parent), m_client(client), m_cache(cache), m_connection(connection)
{
}

void MemberRepository::loadMember(qint64 memberId)
{
    if (m_connection && !m_connection->isOnline()) {
        loadFromCache(memberId);
        return;
    }
    auto *job = new MemberJob(m_client, memberId, this);
    connect(job, &ApiJob::finished, this, [this, memberId](ApiJob *finished) {
        auto *memberJob = static_cast<MemberJob *>(finished);
        if (memberJob->unreachable()) {
            loadFromCache(memberId);
            return;
        }
        if (!memberJob->succeeded()) {
            Q_EMIT memberFailed(memberId, memberJob->errorText());
            return;
        }
        const Member member = memberJob->member();
        Q_EMIT memberLoaded(member, false, QDateTime::currentDateTime());
        if (m_cache) {
            MemberCache *cache = m_cache;
            (void)QtConcurrent::run(
                [cache, member] { cache->storeMembers({member}, QDateTime::currentDateTime()); });
        }
    });
    job->start();
}

void MemberRepository::loadFromCache(qint64 memberId)
{
    if (!m_cache) {
        Q_EMIT memberFailed(memberId,
                            tr("The server cannot be reached and there is no local cache to show."));
        return;
    }
    struct Cached
    {
        std::optional<Member> member;
        QDateTime asOf;
    };
    MemberCache *cache = m_cache;
    runOffThread(
        this,
        [cache, memberId] {
            return Cached{cache->member(memberId), cache->memberFetchedAt(memberId)};
        },
        [this, memberId](const Cached &cached) {
            if (cached.member)
                Q_EMIT memberLoaded(*cached.member, true, cached.asOf);
            else
                Q_EMIT memberFailed(memberId, tr("The server cannot be reached and this member is not in the "
                                                 "local cache."));
        });
}

AdjustPointsJob *MemberRepository::adjustPoints(qint64 memberId, const AdjustmentRequest &request,
                                                const QByteArray &idempotencyKey)
{
    auto *job = new AdjustPointsJob(m_client, memberId, request, idempotencyKey, this);
    job->start();
    return job;
}

ReverseEntryJob *MemberRepository::reverseEntry(qint64 entryId, const ReversalRequest &request,
                                                const QByteArray &idempotencyKey)
{
    auto *job = new ReverseEntryJob(m_client, entryId, request, idempotencyKey, this);
    job->start();
    return job;
}

RevealPhoneJob *MemberRepository::revealPhone(qint64 memberId)
{
    auto *job = new RevealPhoneJob(m_client, memberId, this);
    job->start();
    return job;
}

namespace {
template <typename Job> Job *started(Job *job)
{
    job->start();
    return job;
}
} // namespace

MemberStatusJob *MemberRepository::changeStatus(qint64 memberId, const StatusChangeRequest &request)
{
    return started(new MemberStatusJob(m_client, memberId, request, this));
}

BlacklistJob *MemberRepository::blacklist(qint64 memberId, const QString &reason,
                                          const QByteArray &idempotencyKey)
{
    return started(new BlacklistJob(m_client, memberId, reason, idempotencyKey, this));
}

LiftBlacklistJob *MemberRepository::liftBlacklist(qint64 memberId, const QString &reason)
{
    return started(new LiftBlacklistJob(m_client, memberId, reason, this));
}

TierOverrideJob *MemberRepository::setManualTier(qint64 memberId, const TierOverrideRequest &request)
{
    return started(new TierOverrideJob(m_client, memberId, request, this));
}

EndManualTierJob *MemberRepository::endManualTier(qint64 memberId, const QString &reason)
{
    return started(new EndManualTierJob(m_client, memberId, reason, this));
}

AddNoteJob *MemberRepository::addNote(qint64 memberId, const NoteRequest &request)
{
    return started(new AddNoteJob(m_client, memberId, request, this));
}

TiersJob *MemberRepository::loadTiers()
{
    return started(new TiersJob(m_client, this));
}

} // namespace loyalty
