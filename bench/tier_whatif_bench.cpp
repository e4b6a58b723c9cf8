// tier_whatif_bench: how fast the tier rules evaluate, for the what-if over every member.
//
//   tier_whatif_bench [--members 1000000]
//
// Builds that many members' metrics in memory (seeded, so runs compare), then tallies the movement
// matrix of the default ladder and of a stricter draft, and times single-member evaluation. This is
// the rule evaluation alone: reading the metrics from the database is the server job's part.

#include "core/DefaultTierLadder.h"
#include "core/TierMovement.h"
#include "support/BenchOutput.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <vector>

namespace {

constexpr double kTargetSeconds = 2.0;

using loyalty::bench::say;

struct Sample
{
    int rank = 1;
    loyalty::MemberMetrics metrics;
};

} // namespace

int main(int argc, char *argv[])
{
    using namespace loyalty;
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tier rule evaluation speed (what-if)."));
    parser.addHelpOption();
    const QCommandLineOption membersOption(QStringLiteral("members"), QStringLiteral("Members to evaluate."),
                                           QStringLiteral("N"), QStringLiteral("1000000"));
    parser.addOption(membersOption);
    parser.process(app);
    const qsizetype members = std::max<qsizetype>(1, parser.value(membersOption).toLongLong());

    QRandomGenerator random(20261123);
    std::vector<Sample> samples(static_cast<size_t>(members));
    for (Sample &sample : samples) {
        sample.rank = 1 + int(random.bounded(4));
        sample.metrics.set(TierMetric::CumulativeSpend, random.bounded(800000))
            .set(TierMetric::PeriodSpend, random.bounded(200000))
            .set(TierMetric::RecentOrders, random.bounded(15))
            .set(TierMetric::Interactions, random.bounded(6000))
            .set(TierMetric::CompletedTasks, random.bounded(80));
    }

    QList<TierDefinition> stricter = defaultTierLadder();
    stricter[1].upgrade.conditions[0].value = 100000; // Silver at 1,000 yuan
    stricter[2].retention.conditions[0].value = 150000;
    for (const auto &[label, tiers] :
         {std::pair{"published defaults", defaultTierLadder()}, std::pair{"stricter draft", stricter}}) {
        const TierLadder ladder(tiers);
        size_t index = 0;
        QElapsedTimer timer;
        timer.start();
        const TierMovement movement = TierMovement::tally(ladder, [&](int *rank, MemberMetrics *metrics) {
            if (index == samples.size())
                return false;
            *rank = samples[index].rank;
            *metrics = samples[index].metrics;
            ++index;
            return true;
        });
        const double seconds = timer.nsecsElapsed() / 1e9;
        say(QStringLiteral(
                "%1: %2 members in %3 s (%4 members/s); up %5, down %6, same %7; target <= %8 s: %9")
                .arg(QLatin1String(label))
                .arg(members)
                .arg(seconds, 0, 'f', 3)
                .arg(members / seconds, 0, 'f', 0)
                .arg(movement.up)
                .arg(movement.down)
                .arg(movement.same)
                .arg(kTargetSeconds, 0, 'f', 0)
                .arg(seconds <= kTargetSeconds ? QStringLiteral("met") : QStringLiteral("NOT met")));
    }

    // One member, many times: the cost of evaluating on every event.
    const TierLadder ladder(defaultTierLadder());
    constexpr int kRounds = 1'000'000;
    QElapsedTimer timer;
    timer.start();
    int sink = 0;
    for (int i = 0; i < kRounds; ++i)
        sink += ladder
                    .standing(samples[size_t(i) % samples.size()].rank,
                              samples[size_t(i) % samples.size()].metrics)
                    .rankAtPeriodEnd;
    say(QStringLiteral("single-member evaluation: %1 ns each (checksum %2)")
            .arg(timer.nsecsElapsed() / double(kRounds), 0, 'f', 0)
            .arg(sink));
    return 0;
}
