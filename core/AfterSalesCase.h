#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace loyalty {

// What went wrong with a delivered redemption (domain.md: a virtual right not received, a physical
// item damaged or lost; and the wrong item or code sent).
enum class CaseKind
{
    NotReceived,
    Damaged,
    Lost,
    WrongItem
};

// How support settles a case: refund the points (and restock when the goods come back), send the
// goods again, issue a new code, or turn the claim down with a reason.
enum class CaseOutcome
{
    Refund,
    Reship,
    Reissue,
    Reject
};

enum class CaseStatus
{
    Open,
    Resolved
};

QString caseKindToString(CaseKind kind);
bool caseKindFromString(const QString &text, CaseKind *kind);
QString caseOutcomeToString(CaseOutcome outcome);
bool caseOutcomeFromString(const QString &text, CaseOutcome *outcome);
QString caseStatusToString(CaseStatus status);
bool caseStatusFromString(const QString &text, CaseStatus *status);

// An after-sales case on one redemption: the member's complaint and, once resolved, what was done.
struct AfterSalesCase
{
    qint64 id = 0;
    qint64 redemptionId = 0;
    CaseKind kind = CaseKind::NotReceived;
    CaseStatus status = CaseStatus::Open;
    QString description; // the complaint as support took it down
    QString openedBy;
    QDateTime openedAt;
    std::optional<CaseOutcome> outcome; // set when resolved
    bool restock = false;
    QString reason; // why it was resolved so (required for a rejection)
    QString resolvedBy;
    QDateTime resolvedAt;

    QJsonObject toJson() const;
    static AfterSalesCase fromJson(const QJsonObject &object);
    bool operator==(const AfterSalesCase &) const = default;
};

} // namespace loyalty
