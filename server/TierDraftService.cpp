#include "server/TierDraftService.h"

#include "core/TierLadder.h"
#include "server/AuditLog.h"
#include "server/Database.h"
#include "server/JobService.h"
#include "server/Transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace loyalty::server {

namespace {
// Ids follow ranks (publishing keeps each rank's row), so two ladders are compared without them.
bool sameLadder(QList<TierDefinition> a, QList<TierDefinition> b)
{
    for (TierDefinition &tier : a)
        tier.id = 0;
    for (TierDefinition &tier : b)
        tier.id = 0;
    return TierLadder(a).tiers() == TierLadder(b).tiers();
}

QJsonArray tiersArray(const QList<TierDefinition> &tiers)
{
    QJsonArray array;
    for (const TierDefinition &tier : tiers)
        array.append(tier.toJson());
    return array;
}

ServiceError staleRevision()
{
    ServiceError stale = ServiceError::conflict(
        "stale_version",
        QT_TRANSLATE_NOOP("Server", "Someone saved the tier draft after you opened it. Reload "
                                    "it to see their changes, then make yours again."));
    stale.field = QStringLiteral("version");
    return stale;
}

ServiceError ladderInvalid(const QList<Violation> &violations)
{
    ServiceError invalid = ServiceError::refused(
        "ladder_invalid", QT_TRANSLATE_NOOP("Server", "The tier draft breaks ladder rules; mend what the "
                                                      "violations list names first."));
    invalid.field = violations.constFirst().field;
    invalid.violations = violations;
    return invalid;
}

// The stored draft row, or the published ladder as revision 0 when nobody saved one.
std::optional<TierDraft> readDraft(const PublishedLadder &published)
{
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT revision, base_version, ladder_json, updated_at, updated_by, "
                                   "restored_from FROM tier_draft WHERE id = 1")))
        return std::nullopt;
    TierDraft draft;
    if (!query.next()) {
        draft.baseVersion = published.version;
        draft.tiers = published.tiers;
        draft.updatedAt = published.publishedAt;
        draft.updatedBy = published.publishedBy;
        return draft;
    }
    draft.revision = query.value(0).toInt();
    draft.baseVersion = query.value(1).toInt();
    if (!TierLadderStore::parseTiers(query.value(2).toByteArray(), &draft.tiers))
        return std::nullopt;
    draft.updatedAt = Database::timeFromMs(query.value(3));
    draft.updatedBy = query.value(4).toString();
    draft.restoredFrom = query.value(5).toInt();
    return draft;
}

bool writeDraft(const TierDraft &draft)
{
    QSqlQuery query(Database::connection());
    query.prepare(QStringLiteral(
        "INSERT INTO tier_draft (id, revision, base_version, ladder_json, updated_at, updated_by, "
        "restored_from) "
        "VALUES (1, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, "
        "base_version = excluded.base_version, ladder_json = excluded.ladder_json, "
        "updated_at = excluded.updated_at, updated_by = excluded.updated_by, "
        "restored_from = excluded.restored_from"));
    query.bindValue(0, draft.revision);
    query.bindValue(1, draft.baseVersion);
    query.bindValue(2, TierLadderStore::tiersJson(draft.tiers));
    query.bindValue(3, draft.updatedAt.toMSecsSinceEpoch());
    query.bindValue(4, Database::text(draft.updatedBy));
    query.bindValue(5, draft.restoredFrom > 0 ? QVariant(draft.restoredFrom) : QVariant());
    return Database::exec(query);
}

// The newest what-if job started on this draft revision.
std::optional<JobInfo> whatIfFor(int revision)
{
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT id FROM jobs WHERE kind = ? AND json_extract(params_json, "
                                 "'$.draftVersion') = ? ORDER BY id DESC LIMIT 1"));
    query.bindValue(0, QString::fromLatin1(TierDraftService::kWhatIfKind));
    query.bindValue(1, revision);
    if (!Database::exec(query) || !query.next())
        return std::nullopt;
    const Outcome<JobInfo> job = JobService::find(query.value(0).toLongLong());
    return job.ok() ? std::optional<JobInfo>(job.value()) : std::nullopt;
}

// Fills in what is derived: changed, violations, the what-if.
void complete(TierDraft *draft, const PublishedLadder &published)
{
    draft->changed = !sameLadder(draft->tiers, published.tiers);
    draft->violations = TierLadder(draft->tiers).validate();
    draft->whatIf = draft->revision > 0 ? whatIfFor(draft->revision) : std::nullopt;
}

AuditRecord auditFor(const UserInfo &actor, const QString &clientAddress, const char *action)
{
    AuditRecord audit;
    audit.actorId = actor.id;
    audit.actorName = actor.username;
    audit.clientAddress = clientAddress;
    audit.action = QString::fromLatin1(action);
    audit.entity = QStringLiteral("tier_ladder");
    return audit;
}

// Makes the tiers rows match the ladder: one row per rank (kept where the rank exists, so members keep
// pointing at it), members of ranks the ladder no longer has moved into its top tier. Sets the ids.
std::optional<qint64> syncTierRows(QList<TierDefinition> *tiers)
{
    QSqlQuery existing(Database::connection());
    existing.setForwardOnly(true);
    if (!existing.exec(QStringLiteral("SELECT id, rank FROM tiers ORDER BY rank")))
        return std::nullopt;
    QList<QPair<qint64, int>> rows;
    while (existing.next())
        rows.append({existing.value(0).toLongLong(), existing.value(1).toInt()});

    for (TierDefinition &tier : *tiers) {
        tier.id = 0;
        for (const auto &row : rows) {
            if (row.second == tier.rank)
                tier.id = row.first;
        }
        QSqlQuery write(Database::connection());
        if (tier.id > 0) {
            write.prepare(
                QStringLiteral("UPDATE tiers SET name_zh_cn = ?, name_zh_tw = ?, name_en = ?, color = ?, "
                               "icon = ?, multiplier = ?, lot_expiry_months = ? WHERE id = ?"));
        } else {
            write.prepare(QStringLiteral("INSERT INTO tiers (name_zh_cn, name_zh_tw, name_en, color, icon, "
                                         "multiplier, lot_expiry_months, "
                                         "rank, upgrade_points) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)"));
        }
        write.bindValue(0, tier.name.zhCN);
        write.bindValue(1, tier.name.zhTW);
        write.bindValue(2, tier.name.en);
        write.bindValue(3, Database::text(tier.color));
        write.bindValue(4, Database::text(tier.icon));
        write.bindValue(5, tier.benefits.pointsMultiplier);
        write.bindValue(6, tier.benefits.lotExpiryMonths);
        write.bindValue(7, tier.id > 0 ? QVariant(tier.id) : QVariant(tier.rank));
        if (!Database::exec(write))
            return std::nullopt;
        if (tier.id == 0)
            tier.id = write.lastInsertId().toLongLong();
    }

    const qint64 topId = tiers->constLast().id;
    const int topRank = tiers->constLast().rank;
    qint64 moved = 0;
    for (const auto &row : rows) {
        if (row.second <= topRank)
            continue;
        QSqlQuery move(Database::connection());
        move.prepare(QStringLiteral("UPDATE members SET tier_id = ? WHERE tier_id = ?"));
        move.bindValue(0, topId);
        move.bindValue(1, row.first);
        if (!Database::exec(move))
            return std::nullopt;
        moved += move.numRowsAffected();
        QSqlQuery manual(Database::connection());
        manual.prepare(QStringLiteral("UPDATE members SET manual_tier_id = ? WHERE manual_tier_id = ?"));
        manual.bindValue(0, topId);
        manual.bindValue(1, row.first);
        QSqlQuery remove(Database::connection());
        remove.prepare(QStringLiteral("DELETE FROM tiers WHERE id = ?"));
        remove.bindValue(0, row.first);
        if (!Database::exec(manual) || !Database::exec(remove))
            return std::nullopt;
    }
    return moved;
}
} // namespace

Outcome<TierDraft> TierDraftService::current()
{
    const auto published = TierLadderStore::published();
    if (!published)
        return ServiceError::internal();
    std::optional<TierDraft> draft = readDraft(*published);
    if (!draft)
        return ServiceError::internal();
    complete(&*draft, *published);
    return *draft;
}

Outcome<TierDraft> TierDraftService::save(const UserInfo &actor, const QString &clientAddress, int revision,
                                          const QList<TierDefinition> &tiers)
{
    Transaction transaction;
    const auto published = TierLadderStore::published();
    if (!transaction.isActive() || !published)
        return ServiceError::internal();
    std::optional<TierDraft> draft = readDraft(*published);
    if (!draft)
        return ServiceError::internal();
    if (draft->revision != revision)
        return staleRevision();
    const QList<TierDefinition> before = draft->tiers;
    draft->revision = revision + 1;
    draft->tiers = TierLadder(tiers).tiers();
    draft->updatedAt = QDateTime::currentDateTimeUtc();
    draft->updatedBy = actor.username;
    draft->restoredFrom = 0;
    AuditRecord audit = auditFor(actor, clientAddress, "tiers.draft.save");
    audit.entityId = QStringLiteral("draft");
    audit.before = {{QStringLiteral("revision"), revision}, {QStringLiteral("tiers"), tiersArray(before)}};
    audit.after = {{QStringLiteral("revision"), draft->revision},
                   {QStringLiteral("tiers"), tiersArray(draft->tiers)}};
    if (!writeDraft(*draft) || !AuditLog::record(audit) || !transaction.commit())
        return ServiceError::internal();
    complete(&*draft, *published);
    return *draft;
}

Outcome<TierDraft> TierDraftService::restore(const UserInfo &actor, const QString &clientAddress,
                                             int revision, int version)
{
    Transaction transaction;
    const auto published = TierLadderStore::published();
    if (!transaction.isActive() || !published)
        return ServiceError::internal();
    const Outcome<PublishedLadder> earlier = TierLadderStore::version(version);
    if (!earlier.ok())
        return earlier.error();
    std::optional<TierDraft> draft = readDraft(*published);
    if (!draft)
        return ServiceError::internal();
    if (draft->revision != revision)
        return staleRevision();
    draft->revision = revision + 1;
    draft->tiers = earlier.value().tiers;
    draft->updatedAt = QDateTime::currentDateTimeUtc();
    draft->updatedBy = actor.username;
    draft->restoredFrom = version;
    AuditRecord audit = auditFor(actor, clientAddress, "tiers.draft.restore");
    audit.entityId = QStringLiteral("draft");
    audit.before = {{QStringLiteral("revision"), revision}};
    audit.after = {{QStringLiteral("revision"), draft->revision}, {QStringLiteral("restoredFrom"), version}};
    if (!writeDraft(*draft) || !AuditLog::record(audit) || !transaction.commit())
        return ServiceError::internal();
    complete(&*draft, *published);
    return *draft;
}

Outcome<QJsonObject> TierDraftService::whatIfParams(int revision)
{
    const Outcome<TierDraft> draft = current();
    if (!draft.ok())
        return draft.error();
    if (draft.value().revision != revision)
        return staleRevision();
    // Revision 0 is the published ladder itself: nothing would move, and publishing it is refused.
    if (revision == 0)
        return ServiceError::refused(
            "draft_unsaved", QT_TRANSLATE_NOOP("Server", "The draft is the published ladder. Change it "
                                                         "and save it before running a what-if."));
    if (!draft.value().violations.isEmpty())
        return ladderInvalid(draft.value().violations);
    return QJsonObject{{QStringLiteral("draftVersion"), revision},
                       {QStringLiteral("tiers"), tiersArray(draft.value().tiers)}};
}

Outcome<TierPublication> TierDraftService::publish(const UserInfo &actor, const QString &clientAddress,
                                                   int revision, const QString &note)
{
    Transaction transaction;
    const auto published = TierLadderStore::published();
    if (!transaction.isActive() || !published)
        return ServiceError::internal();
    std::optional<TierDraft> draft = readDraft(*published);
    if (!draft)
        return ServiceError::internal();
    if (draft->revision != revision)
        return staleRevision();
    complete(&*draft, *published);
    if (!draft->violations.isEmpty())
        return ladderInvalid(draft->violations);
    if (!draft->changed)
        return ServiceError::refused("nothing_to_publish",
                                     QT_TRANSLATE_NOOP("Server",
                                                       "The draft is the same as the published ladder: "
                                                       "there is nothing to publish."));
    if (!draft->whatIf || draft->whatIf->state != JobInfo::State::Done)
        return ServiceError::refused(
            "whatif_required",
            QT_TRANSLATE_NOOP("Server", "Run the what-if on this draft and wait for it to finish "
                                        "before publishing: it shows how many members move."));

    TierPublication publication;
    PublishedLadder &ladder = publication.ladder;
    ladder.version = published->version + 1;
    ladder.id = ladder.version;
    ladder.publishedAt = QDateTime::currentDateTimeUtc();
    ladder.publishedBy = actor.username;
    ladder.note = note;
    ladder.restoredFrom = draft->restoredFrom;
    ladder.tiers = TierLadder(draft->tiers).tiers();
    const std::optional<qint64> moved = syncTierRows(&ladder.tiers);
    if (!moved)
        return ServiceError::internal();
    publication.membersMovedDown = *moved;

    QSqlQuery insert(Database::connection());
    insert.prepare(
        QStringLiteral("INSERT INTO tier_versions (version, ladder_json, published_at, published_by, "
                       "note, restored_from) VALUES (?, ?, ?, ?, ?, ?)"));
    insert.bindValue(0, ladder.version);
    insert.bindValue(1, TierLadderStore::tiersJson(ladder.tiers));
    insert.bindValue(2, ladder.publishedAt.toMSecsSinceEpoch());
    insert.bindValue(3, Database::text(ladder.publishedBy));
    insert.bindValue(4, Database::text(note));
    insert.bindValue(5, ladder.restoredFrom > 0 ? QVariant(ladder.restoredFrom) : QVariant());
    if (!Database::exec(insert))
        return ServiceError::internal();

    // The draft starts again from what is now published; its revision still goes up.
    TierDraft next;
    next.revision = revision + 1;
    next.baseVersion = ladder.version;
    next.tiers = ladder.tiers;
    next.updatedAt = ladder.publishedAt;
    next.updatedBy = actor.username;

    AuditRecord audit = auditFor(actor, clientAddress, "tiers.publish");
    audit.entityId = QString::number(ladder.version);
    audit.before = {{QStringLiteral("version"), published->version},
                    {QStringLiteral("tiers"), tiersArray(published->tiers)}};
    audit.after = {{QStringLiteral("version"), ladder.version},
                   {QStringLiteral("tiers"), tiersArray(ladder.tiers)},
                   {QStringLiteral("note"), note},
                   {QStringLiteral("whatIfJob"), draft->whatIf->id},
                   {QStringLiteral("movedDown"), publication.membersMovedDown},
                   {QStringLiteral("restoredFrom"),
                    ladder.restoredFrom > 0 ? QJsonValue(ladder.restoredFrom) : QJsonValue()}};
    if (!writeDraft(next) || !AuditLog::record(audit) || !transaction.commit())
        return ServiceError::internal();
    return publication;
}

} // namespace loyalty::server
