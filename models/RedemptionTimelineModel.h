#pragma once

#include "client/TimelineEvent.h"
#include "core/AfterSalesCase.h"

#include <QAbstractTableModel>

namespace loyalty {

// A redemption's timeline in the Redemptions pane's detail, oldest first: when, what happened (a
// translated sentence built from the event's kind and details) and who did it.
class RedemptionTimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        WhatColumn,
        WhoColumn,
        ColumnCount
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1, // the event's kind word
        AtRole                       // the QDateTime (UTC)
    };

    explicit RedemptionTimelineModel(QObject *parent = nullptr);

    void setEvents(const QList<TimelineEvent> &events);
    QList<TimelineEvent> events() const { return m_events; }
    TimelineEvent eventAt(int row) const { return m_events.value(row); }
    void clear() { setEvents({}); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Shipped by SF Express, tracking number SF1234567890", in the current language.
    static QString eventText(const TimelineEvent &event);
    // The words for after-sales cases, shared with the detail and the case dialogs.
    static QString caseKindText(CaseKind kind);
    static QString caseOutcomeText(CaseOutcome outcome);
    static QString caseStatusText(CaseStatus status);

private:
    QList<TimelineEvent> m_events;
};

} // namespace loyalty
