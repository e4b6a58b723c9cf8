#include "models/RedemptionTimelineModel.h"

#include "models/RedemptionModel.h"

#include <QLocale>

namespace loyalty {

namespace {
QString text(const QJsonObject &detail, const char *key)
{
    return detail.value(QLatin1String(key)).toString().trimmed();
}

qint64 number(const QJsonObject &detail, const char *key)
{
    return detail.value(QLatin1String(key)).toInteger();
}

// The case a case event names: "case 7".
QString caseName(const QJsonObject &detail)
{
    const qint64 caseId = number(detail, "caseId");
    return caseId > 0 ? RedemptionTimelineModel::tr("case %1").arg(caseId)
                      : RedemptionTimelineModel::tr("a case");
}

QString withReason(const QString &sentence, const QJsonObject &detail)
{
    const QString reason = text(detail, "reason");
    if (reason.isEmpty())
        return sentence;
    //: An event and the reason given for it, e.g. "Cancelled: the member asked"
    return RedemptionTimelineModel::tr("%1: %2").arg(sentence, reason);
}
} // namespace

RedemptionTimelineModel::RedemptionTimelineModel(QObject *parent) : QAbstractTableModel(parent) {}

void RedemptionTimelineModel::setEvents(const QList<TimelineEvent> &events)
{
    beginResetModel();
    m_events = events;
    endResetModel();
}

int RedemptionTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int RedemptionTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RedemptionTimelineModel::caseKindText(CaseKind kind)
{
    switch (kind) {
    case CaseKind::NotReceived:
        return tr("Not received");
    case CaseKind::Damaged:
        return tr("Damaged");
    case CaseKind::Lost:
        return tr("Lost in transit");
    case CaseKind::WrongItem:
        return tr("Wrong item or code");
    }
    return {};
}

QString RedemptionTimelineModel::caseOutcomeText(CaseOutcome outcome)
{
    switch (outcome) {
    case CaseOutcome::Refund:
        return tr("Refund the points");
    case CaseOutcome::Reship:
        return tr("Ship again");
    case CaseOutcome::Reissue:
        return tr("Issue a new code");
    case CaseOutcome::Reject:
        return tr("Reject the claim");
    }
    return {};
}

QString RedemptionTimelineModel::caseStatusText(CaseStatus status)
{
    return status == CaseStatus::Open ? tr("Open") : tr("Resolved");
}

QString RedemptionTimelineModel::eventText(const TimelineEvent &event)
{
    const QJsonObject &detail = event.detail;
    const QLocale locale;
    const QString kind = event.kind;
    if (kind == QLatin1String("placed")) {
        const qint64 points = number(detail, "points");
        const int quantity = int(qMax<qint64>(1, number(detail, "quantity")));
        if (points <= 0)
            return tr("Placed");
        const qint64 cash = number(detail, "cash");
        if (cash > 0)
            return tr("Placed: %Ln unit(s) for %1 points and %2", nullptr, quantity)
                .arg(locale.toString(points), RedemptionModel::cashText(cash));
        return tr("Placed: %Ln unit(s) for %1 points", nullptr, quantity).arg(locale.toString(points));
    }
    if (kind == QLatin1String("fulfilled")) {
        const QString code = text(detail, "code");
        return code.isEmpty() ? tr("Fulfilled") : tr("Fulfilled with code %1").arg(code);
    }
    if (kind == QLatin1String("shipped")) {
        const QString carrier = text(detail, "carrier");
        const QString tracking = text(detail, "trackingNumber");
        if (carrier.isEmpty() && tracking.isEmpty())
            return tr("Shipped");
        return tr("Shipped by %1, tracking number %2").arg(carrier, tracking);
    }
    if (kind == QLatin1String("completed"))
        return tr("Completed");
    if (kind == QLatin1String("cancelled")) {
        const qint64 points = number(detail, "points");
        const QString sentence =
            points > 0 ? tr("Cancelled, %1 points refunded").arg(locale.toString(points)) : tr("Cancelled");
        return withReason(sentence, detail);
    }
    if (kind == QLatin1String("caseOpened")) {
        CaseKind caseKind{};
        const QString what = caseKindFromString(text(detail, "kind"), &caseKind) ? caseKindText(caseKind)
                                                                                 : text(detail, "kind");
        QString sentence = tr("Opened %1: %2").arg(caseName(detail), what);
        const QString description = text(detail, "description");
        if (!description.isEmpty())
            sentence = tr("%1 (“%2”)").arg(sentence, description);
        return sentence;
    }
    if (kind == QLatin1String("caseResolved")) {
        CaseOutcome outcome{};
        const QString how = caseOutcomeFromString(text(detail, "outcome"), &outcome)
                                ? caseOutcomeText(outcome)
                                : text(detail, "outcome");
        return withReason(tr("Resolved %1: %2").arg(caseName(detail), how), detail);
    }
    if (kind == QLatin1String("codeReissued")) {
        const QString code = text(detail, "code");
        return code.isEmpty() ? tr("A new code was issued") : tr("A new code was issued: %1").arg(code);
    }
    if (kind == QLatin1String("reshipped")) {
        const QString carrier = text(detail, "carrier");
        const QString tracking = text(detail, "trackingNumber");
        if (!tracking.isEmpty())
            return tr("Shipped again by %1, tracking number %2").arg(carrier, tracking);
        const int quantity = int(number(detail, "quantity"));
        return quantity > 0 ? tr("Shipped again: %Ln unit(s) taken from stock", nullptr, quantity)
                            : tr("Shipped again");
    }
    if (kind == QLatin1String("refunded")) {
        const qint64 points = number(detail, "points");
        return points > 0 ? tr("%1 points refunded to the member").arg(locale.toString(points))
                          : tr("Points refunded to the member");
    }
    if (kind == QLatin1String("restocked")) {
        const int quantity = int(number(detail, "quantity"));
        return quantity > 0 ? tr("%Ln unit(s) put back into stock", nullptr, quantity)
                            : tr("Put back into stock");
    }
    // A kind this console does not know yet: its word is better than nothing.
    return kind;
}

QVariant RedemptionTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEvent &event = m_events.at(index.row());
    switch (role) {
    case KindRole:
        return event.kind;
    case AtRole:
        return event.at;
    case Qt::ToolTipRole:
        if (index.column() == TimeColumn)
            return QLocale().toString(event.at.toLocalTime(), QLocale::LongFormat);
        if (index.column() == WhatColumn)
            return eventText(event); // long sentences read whole in the tooltip
        return {};
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(event.at.toLocalTime(), QLocale::ShortFormat);
        case WhatColumn:
            return eventText(event);
        case WhoColumn:
            return event.actor;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant RedemptionTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case WhatColumn:
        return tr("What happened");
    case WhoColumn:
        return tr("By");
    default:
        return {};
    }
}

} // namespace loyalty
