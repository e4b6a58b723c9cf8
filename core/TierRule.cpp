#include "core/TierRule.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace loyalty {

namespace {
Violation violation(const QString &field, const char *code, const char *text)
{
    return {field, QString::fromLatin1(code), text};
}

QString opToString(TierRule::Op op)
{
    return op == TierRule::Op::AtLeast ? QStringLiteral(">=") : QStringLiteral(">");
}
} // namespace

QString tierRuleKindToString(TierRule::Kind kind)
{
    switch (kind) {
    case TierRule::Kind::AllOf:
        return QStringLiteral("allOf");
    case TierRule::Kind::Weighted:
        return QStringLiteral("weighted");
    case TierRule::Kind::AnyOf:
        break;
    }
    return QStringLiteral("anyOf");
}

double TierRule::score(const MemberMetrics &metrics) const
{
    double total = 0;
    for (const Weight &weight : weights)
        total += weight.weight * double(metrics.value(weight.metric));
    return total;
}

bool TierRule::holds(const MemberMetrics &metrics) const
{
    if (isEmpty())
        return true;
    switch (kind) {
    case Kind::AnyOf:
        return std::any_of(conditions.cbegin(), conditions.cend(),
                           [&metrics](const Condition &condition) { return condition.holds(metrics); });
    case Kind::AllOf:
        return std::all_of(conditions.cbegin(), conditions.cend(),
                           [&metrics](const Condition &condition) { return condition.holds(metrics); });
    case Kind::Weighted:
        return score(metrics) >= threshold;
    }
    return false;
}

std::optional<TierRule::Condition> TierRule::closestGap(const MemberMetrics &metrics) const
{
    if (kind == Kind::Weighted || holds(metrics))
        return std::nullopt;
    std::optional<Condition> best;
    double bestShare = 2;
    for (const Condition &condition : conditions) {
        if (condition.holds(metrics))
            continue;
        if (kind == Kind::AllOf)
            return condition;
        // The bar that is proportionally nearest: 800 yuan short of 2,000 beats 9 orders short of 10.
        const double missing = double(condition.needed() - metrics.value(condition.metric));
        const double share = missing / double(std::max<qint64>(1, condition.needed()));
        if (share < bestShare) {
            bestShare = share;
            best = condition;
        }
    }
    return best;
}

bool TierRule::isAtOrBelow(const TierRule &other) const
{
    if (isEmpty() || other.isEmpty())
        return true;
    if (kind == Kind::Weighted || other.kind == Kind::Weighted) {
        // Comparable only with the same weights: then the thresholds say it.
        if (kind != other.kind || weights != other.weights)
            return true;
        return threshold <= other.threshold;
    }
    for (const Condition &condition : conditions) {
        for (const Condition &bar : other.conditions) {
            if (bar.metric == condition.metric && condition.needed() > bar.needed())
                return false;
        }
    }
    return true;
}

std::optional<Violation> TierRule::validate(const QString &field) const
{
    if (kind == Kind::Weighted) {
        if (weights.isEmpty())
            return std::nullopt;
        for (const Weight &weight : weights) {
            if (!(weight.weight > 0) || !std::isfinite(weight.weight))
                return violation(field, "weight_invalid",
                                 QT_TRANSLATE_NOOP("Validation", "Each weight must be a number above zero."));
        }
        if (!(threshold > 0) || !std::isfinite(threshold))
            return violation(field, "threshold_invalid",
                             QT_TRANSLATE_NOOP("Validation", "The score threshold must be above zero."));
        return std::nullopt;
    }
    for (const Condition &condition : conditions) {
        if (condition.value < 0)
            return violation(field, "value_negative",
                             QT_TRANSLATE_NOOP("Validation", "A condition's value cannot be negative."));
    }
    return std::nullopt;
}

QJsonObject TierRule::toJson() const
{
    QJsonObject object{{QStringLiteral("kind"), tierRuleKindToString(kind)}};
    if (kind == Kind::Weighted) {
        QJsonArray list;
        for (const Weight &weight : weights)
            list.append(QJsonObject{{QStringLiteral("metric"), tierMetricToString(weight.metric)},
                                    {QStringLiteral("weight"), weight.weight}});
        object.insert(QStringLiteral("weights"), list);
        object.insert(QStringLiteral("threshold"), threshold);
    } else {
        QJsonArray list;
        for (const Condition &condition : conditions)
            list.append(QJsonObject{{QStringLiteral("metric"), tierMetricToString(condition.metric)},
                                    {QStringLiteral("op"), opToString(condition.op)},
                                    {QStringLiteral("value"), condition.value}});
        object.insert(QStringLiteral("conditions"), list);
    }
    return object;
}

std::optional<Violation> TierRule::fromJson(const QJsonObject &object, const QString &field, TierRule *rule)
{
    const QString kind = object.value(QStringLiteral("kind")).toString();
    if (kind == QLatin1String("weighted"))
        rule->kind = Kind::Weighted;
    else if (kind == QLatin1String("allOf"))
        rule->kind = Kind::AllOf;
    else if (kind == QLatin1String("anyOf") || kind.isEmpty())
        rule->kind = Kind::AnyOf;
    else
        return violation(field, "kind_invalid",
                         QT_TRANSLATE_NOOP("Validation", "A rule is anyOf, allOf or weighted."));
    if (rule->kind == Kind::Weighted) {
        for (const QJsonValue &value : object.value(QStringLiteral("weights")).toArray()) {
            Weight weight;
            if (!tierMetricFromString(value.toObject().value(QStringLiteral("metric")).toString(),
                                      &weight.metric))
                return violation(field, "metric_unknown", QT_TRANSLATE_NOOP("Validation", "Unknown metric."));
            weight.weight = value.toObject().value(QStringLiteral("weight")).toDouble();
            rule->weights.append(weight);
        }
        rule->threshold = object.value(QStringLiteral("threshold")).toDouble();
    } else {
        for (const QJsonValue &value : object.value(QStringLiteral("conditions")).toArray()) {
            const QJsonObject item = value.toObject();
            Condition condition;
            if (!tierMetricFromString(item.value(QStringLiteral("metric")).toString(), &condition.metric))
                return violation(field, "metric_unknown", QT_TRANSLATE_NOOP("Validation", "Unknown metric."));
            const QString op = item.value(QStringLiteral("op")).toString(QStringLiteral(">="));
            if (op == QLatin1String(">"))
                condition.op = Op::MoreThan;
            else if (op != QLatin1String(">="))
                return violation(field, "op_invalid",
                                 QT_TRANSLATE_NOOP("Validation", "A condition compares with >= or >."));
            const QJsonValue number = item.value(QStringLiteral("value"));
            if (!number.isDouble() || number.toDouble() != double(number.toInteger()))
                return violation(
                    field, "value_not_integer",
                    QT_TRANSLATE_NOOP("Validation", "A condition's value must be a whole number."));
            condition.value = number.toInteger();
            rule->conditions.append(condition);
        }
    }
    return rule->validate(field);
}

} // namespace loyalty
