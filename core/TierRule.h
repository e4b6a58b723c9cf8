#pragma once

#include "core/MemberMetrics.h"
#include "core/TierMetric.h"
#include "core/Violation.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace loyalty {

// An upgrade or retention rule: either a group of conditions (any of them, or all of them, must hold),
// or a weighted score (e.g. spend x 0.6 + interactions x 0.4 >= threshold). An empty rule always holds
// (the lowest tier's).
struct TierRule
{
    enum class Kind
    {
        AnyOf,
        AllOf,
        Weighted
    };

    // metric >= value or metric > value: tier conditions are bars to reach (an upper bound would make
    // a member lose a tier by doing more), so "how far from it" is always defined.
    enum class Op
    {
        AtLeast, // ">="
        MoreThan // ">"
    };
    struct Condition
    {
        TierMetric metric = TierMetric::CumulativeSpend;
        Op op = Op::AtLeast;
        qint64 value = 0;
        qint64 needed() const { return op == Op::AtLeast ? value : value + 1; } // the least that holds
        bool holds(const MemberMetrics &metrics) const { return metrics.value(metric) >= needed(); }
        bool operator==(const Condition &) const = default;
    };

    struct Weight
    {
        TierMetric metric = TierMetric::CumulativeSpend;
        double weight = 0;
        bool operator==(const Weight &) const = default;
    };

    Kind kind = Kind::AnyOf;
    QList<Condition> conditions; // AnyOf / AllOf
    QList<Weight> weights;       // Weighted
    double threshold = 0;        // Weighted

    bool isEmpty() const { return kind == Kind::Weighted ? weights.isEmpty() : conditions.isEmpty(); }
    bool holds(const MemberMetrics &metrics) const;
    double score(const MemberMetrics &metrics) const; // Weighted only

    // What is still missing, as one condition to aim for: for any-of the closest bar (as a share of its
    // value), for all-of the first unmet one; nullopt when the rule holds or is weighted.
    std::optional<Condition> closestGap(const MemberMetrics &metrics) const;

    // A rough "size" to compare two rules of the same shape (retention must not ask more than upgrade):
    // true when every bar of this rule is at or below the matching bar of `other`.
    bool isAtOrBelow(const TierRule &other) const;

    std::optional<Violation> validate(const QString &field) const;
    QJsonObject toJson() const;
    static std::optional<Violation> fromJson(const QJsonObject &object, const QString &field, TierRule *rule);
    bool operator==(const TierRule &) const = default;
};

QString tierRuleKindToString(TierRule::Kind kind);

} // namespace loyalty
