#pragma once

#include "core/Approval.h"
#include "models/PagedTableModel.h"

#include <QPointer>

namespace loyalty {

class ApiClient;

// The Approvals pane's queue: large adjustments in one status (pending by default, oldest first; decided
// ones newest first), paged in by cursor. Never cached: deciding needs the server anyway.
class ApprovalModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        RequestedAtColumn,
        MemberColumn,
        AmountColumn,
        ReasonColumn,
        NoteColumn,
        RequestedByColumn,
        ColumnCount
    };
    enum Role
    {
        ApprovalIdRole = Qt::UserRole + 1,
        MemberIdRole,
        AmountRole,      // the signed amount (qint64)
        RequestedAtRole, // the QDateTime (UTC)
        RequestedByIdRole
    };

    ApprovalModel(ApiClient *client, ConnectionMonitor *connection, QObject *parent = nullptr);

    // Shows the approvals in this status, from the first page.
    void setStatus(Approval::Status status);
    Approval::Status status() const { return m_status; }
    Approval approvalAt(int row) const { return m_approvals.value(row); }
    int rowOfApproval(qint64 approvalId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Pending", "Approved", ... for the filter and the detail.
    static QString statusText(Approval::Status status);
    // "+6,000" / "-7,500" in the current locale.
    static QString amountText(qint64 amount);
    // "张三 (M000123)"
    static QString memberText(const Approval &approval);

protected:
    void clearRows() override { m_approvals.clear(); }
    bool hasQuery() const override { return m_hasStatus; }
    void requestServerPage(const QString &cursor, int generation) override;
    void requestCachePage(int offset, int generation) override;
    int loadedRowCount() const override { return int(m_approvals.size()); }

private:
    void appendApprovals(const QList<Approval> &approvals);

    QPointer<ApiClient> m_client;
    Approval::Status m_status = Approval::Status::Pending;
    bool m_hasStatus = false;
    QList<Approval> m_approvals;
};

} // namespace loyalty
