#include "core/AfterSalesCase.h"

#include "core/IsoTime.h"

#include <array>
#include <utility>

namespace loyalty {

namespace {
constexpr std::array<std::pair<CaseKind, const char *>, 4> kKindNames{{{CaseKind::NotReceived, "notReceived"},
                                                                       {CaseKind::Damaged, "damaged"},
                                                                       {CaseKind::Lost, "lost"},
                                                                       {CaseKind::WrongItem, "wrongItem"}}};
constexpr std::array<std::pair<CaseOutcome, const char *>, 4> kOutcomeNames{
    {{CaseOutcome::Refund, "refund"},
     {CaseOutcome::Reship, "reship"},
     {CaseOutcome::Reissue, "reissue"},
     {CaseOutcome::Reject, "reject"}}};
constexpr std::array<std::pair<CaseStatus, const char *>, 2> kStatusNames{
    {{CaseStatus::Open, "open"}, {CaseStatus::Resolved, "resolved"}}};

template <typename Enum, std::size_t N>
QString toWord(const std::array<std::pair<Enum, const char *>, N> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template <typename Enum, std::size_t N>
bool fromWord(const std::array<std::pair<Enum, const char *>, N> &names, const QString &text, Enum *value)
{
    for (const auto &[candidate, name] : names) {
        if (text == QLatin1String(name)) {
            *value = candidate;
            return true;
        }
    }
    return false;
}
} // namespace

QString caseKindToString(CaseKind kind)
{
    return toWord(kKindNames, kind);
}

bool caseKindFromString(const QString &text, CaseKind *kind)
{
    return fromWord(kKindNames, text, kind);
}

QString caseOutcomeToString(CaseOutcome outcome)
{
    return toWord(kOutcomeNames, outcome);
}

bool caseOutcomeFromString(const QString &text, CaseOutcome *outcome)
{
    return fromWord(kOutcomeNames, text, outcome);
}

QString caseStatusToString(CaseStatus status)
{
    return toWord(kStatusNames, status);
}

bool caseStatusFromString(const QString &text, CaseStatus *status)
{
    return fromWord(kStatusNames, text, status);
}

QJsonObject AfterSalesCase::toJson() const
{
    QJsonObject object{{QStringLiteral("id"), id},
                       {QStringLiteral("redemptionId"), redemptionId},
                       {QStringLiteral("kind"), caseKindToString(kind)},
                       {QStringLiteral("status"), caseStatusToString(status)},
                       {QStringLiteral("description"), description},
                       {QStringLiteral("openedBy"), openedBy},
                       {QStringLiteral("openedAt"), toIsoTime(openedAt)},
                       {QStringLiteral("restock"), restock},
                       {QStringLiteral("reason"), reason},
                       {QStringLiteral("resolvedBy"), resolvedBy}};
    if (outcome)
        object.insert(QStringLiteral("outcome"), caseOutcomeToString(*outcome));
    if (resolvedAt.isValid())
        object.insert(QStringLiteral("resolvedAt"), toIsoTime(resolvedAt));
    return object;
}

AfterSalesCase AfterSalesCase::fromJson(const QJsonObject &object)
{
    AfterSalesCase read;
    read.id = object.value(QStringLiteral("id")).toInteger();
    read.redemptionId = object.value(QStringLiteral("redemptionId")).toInteger();
    caseKindFromString(object.value(QStringLiteral("kind")).toString(), &read.kind);
    caseStatusFromString(object.value(QStringLiteral("status")).toString(), &read.status);
    read.description = object.value(QStringLiteral("description")).toString();
    read.openedBy = object.value(QStringLiteral("openedBy")).toString();
    read.openedAt = fromIsoTime(object.value(QStringLiteral("openedAt")).toString());
    CaseOutcome outcome{};
    if (caseOutcomeFromString(object.value(QStringLiteral("outcome")).toString(), &outcome))
        read.outcome = outcome;
    read.restock = object.value(QStringLiteral("restock")).toBool();
    read.reason = object.value(QStringLiteral("reason")).toString();
    read.resolvedBy = object.value(QStringLiteral("resolvedBy")).toString();
    read.resolvedAt = fromIsoTime(object.value(QStringLiteral("resolvedAt")).toString());
    return read;
}

} // namespace loyalty
