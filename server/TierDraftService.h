#pragma once

#include "core/JobInfo.h"
#include "core/TierDefinition.h"
#include "core/UserInfo.h"
#include "core/Violation.h"
#include "server/Outcome.h"
#include "server/TierLadderStore.h"

#include <QDateTime>

#include <optional>

namespace loyalty::server {

// The ladder operations staff are editing. One draft for the programme; its revision goes up on every
// save, restore and publish, so an editor holding an older revision gets 409 rather than overwriting a
// colleague's work.
struct TierDraft
{
    int revision = 0;    // 0: nothing saved yet (the draft is the published ladder)
    int baseVersion = 0; // the published version the draft started from
    int restoredFrom = 0;
    QList<TierDefinition> tiers;
    QDateTime updatedAt;
    QString updatedBy;
    bool changed = false;          // differs from the published ladder
    QList<Violation> violations;   // TierLadder::validate(): empty when publishable
    std::optional<JobInfo> whatIf; // the newest what-if run on this revision
};

struct TierPublication
{
    PublishedLadder ladder;
    qint64 membersMovedDown = 0; // members of tiers the new ladder no longer has, now in its top tier
};

class TierDraftService
{
public:
    static constexpr const char *kWhatIfKind = "tier-what-if";

    static Outcome<TierDraft> current();
    // 409 stale_version unless `revision` is the current one. A draft that breaks ladder rules is kept
    // (work in progress); its violations say what to mend.
    static Outcome<TierDraft> save(const UserInfo &actor, const QString &clientAddress, int revision,
                                   const QList<TierDefinition> &tiers);
    // The draft becomes an earlier version's ladder; it is published like any other draft.
    static Outcome<TierDraft> restore(const UserInfo &actor, const QString &clientAddress, int revision,
                                      int version);
    // Checks that a what-if may run on `revision`; the params its job gets: {draftVersion, tiers}.
    static Outcome<QJsonObject> whatIfParams(int revision);
    // One transaction: the new version, the tiers rows members point at, the draft, the audit row.
    // 409 stale_version, 422 ladder_invalid (with violations), nothing_to_publish, whatif_required.
    static Outcome<TierPublication> publish(const UserInfo &actor, const QString &clientAddress, int revision,
                                            const QString &note);
};

} // namespace loyalty::server
