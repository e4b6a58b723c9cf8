#pragma once

#include <QJsonObject>

#include <functional>

namespace loyalty::server {

// After a publish: every member whose metrics reach a higher rank under the new ladder moves up
// (never down: that is the period end's business). Batches of members by id, each in its own
// transaction with its checkpoint, so a stopped run resumes after the last committed batch; a ladder
// published while it runs makes it start over with the newest one. It marks its job done itself, in
// the transaction of its last look at the ladder, so no publish slips in between.
class TierEvaluateJob
{
public:
    static constexpr const char *kKind = "tier-evaluate";
    static constexpr int kBatchSize = 5000;

    // `params`: {version} as the publish started it, plus the checkpoint of an interrupted run.
    // `progress` gets 0..1 and returns false to stop. The result: {version, members, upgraded}.
    static bool run(qint64 jobId, const QJsonObject &params, const std::function<bool(double)> &progress,
                    QJsonObject *result, int batchSize = kBatchSize);
};

} // namespace loyalty::server
