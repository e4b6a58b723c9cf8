#pragma once

#include "core/JobInfo.h"
#include "core/ReportedViolation.h"
#include "core/TierDefinition.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace loyalty {

// The ladder being prepared (GET /v1/tiers/draft): its revision (bumps on every save or restore), the
// published version it started from, and what the server says about it: what breaks the ladder rules
// and the latest what-if run on this very revision.
struct TierDraft
{
    int version = 0;     // the draft revision; 0 while nothing was saved (the draft is the published ladder)
    int baseVersion = 0; // the published version it started from
    QList<TierDefinition> tiers;
    bool changed = false; // differs from the published ladder
    QDateTime updatedAt;
    QString updatedBy;
    QList<ReportedViolation> violations; // empty when publishable
    std::optional<JobInfo> whatIf;       // the latest what-if of this revision

    // False when the answer is not a draft.
    static bool fromJson(const QJsonObject &object, TierDraft *draft);
    bool operator==(const TierDraft &) const = default;
};

} // namespace loyalty
