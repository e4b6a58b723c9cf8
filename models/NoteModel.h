#pragma once

#include "core/MemberNote.h"
#include "models/PagedTableModel.h"

#include <QPointer>

namespace loyalty {

class ApiClient;

// The notes agents left on a member, newest first (notes are never edited). Read from the server only.
class NoteModel : public PagedTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        AuthorColumn,
        TextColumn,
        ColumnCount
    };
    enum Role
    {
        NoteIdRole = Qt::UserRole + 1
    };

    NoteModel(ApiClient *client, ConnectionMonitor *connection, QObject *parent = nullptr);

    void setMemberId(qint64 memberId);
    qint64 memberId() const { return m_memberId; }
    MemberNote noteAt(int row) const { return m_notes.value(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    void clearRows() override { m_notes.clear(); }
    bool hasQuery() const override { return m_memberId != 0; }
    void requestServerPage(const QString &cursor, int generation) override;
    void requestCachePage(int offset, int generation) override;
    int loadedRowCount() const override { return int(m_notes.size()); }

private:
    QPointer<ApiClient> m_client;
    qint64 m_memberId = 0;
    QList<MemberNote> m_notes;
};

} // namespace loyalty
