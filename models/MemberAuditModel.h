#pragma once

#include "models/AuditModel.h"

namespace loyalty {

// One member's audit trail (GET /v1/members/{id}/audit, newest first): who did what to the member and
// when, with a one-line summary of what changed instead of the entity and address columns of the Audit
// pane. Needs members.audit (not the whole log's audit.read); never cached.
class MemberAuditModel : public AuditModel
{
    Q_OBJECT
public:
    // The first three columns are AuditModel's (time, user, action); the fourth is the summary.
    static constexpr int SummaryColumn = AuditModel::ActionColumn + 1;
    static constexpr int MemberAuditColumnCount = SummaryColumn + 1;

    MemberAuditModel(ApiClient *client, ConnectionMonitor *connection, QObject *parent = nullptr);

    void setMemberId(qint64 memberId);
    qint64 memberId() const { return m_memberId; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "reason: — → 可疑刷单; status: Active → Frozen": the fields that changed, at most three, each with
    // its value before and after, in words; the entity when nothing changed (a reveal).
    static QString summaryText(const AuditEntry &entry);
    // What people call an audited member field ("status", "balance"), in the UI language.
    static QString fieldLabel(const QString &field);
    // A value as people read it: statuses in words, "—" for nothing, yes/no.
    static QString valueText(const QString &field, const QJsonValue &value);

protected:
    bool hasQuery() const override { return m_memberId != 0; }
    void requestServerPage(const QString &cursor, int generation) override;

private:
    qint64 m_memberId = 0;
};

} // namespace loyalty
