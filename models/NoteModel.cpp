#include "models/NoteModel.h"

#include "client/MemberNotesJob.h"

#include <QLocale>

namespace loyalty {

NoteModel::NoteModel(ApiClient *client, ConnectionMonitor *connection, QObject *parent)
    : PagedTableModel(connection, parent), m_client(client)
{
}

void NoteModel::setMemberId(qint64 memberId)
{
    m_memberId = memberId;
    reload();
}

int NoteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_notes.size());
}

int NoteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NoteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MemberNote &note = m_notes.at(index.row());
    switch (role) {
    case NoteIdRole:
        return note.id;
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return note.text; // the whole note, however long, and with its line breaks
        if (index.column() == TimeColumn)
            return QLocale().toString(note.createdAt.toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(note.createdAt.toLocalTime(), QLocale::ShortFormat);
    case AuthorColumn:
        return note.author;
    case TextColumn: {
        // One line per row in the table; the tooltip has the whole text.
        QString text = note.text;
        text.replace(QLatin1Char('\n'), QLatin1Char(' '));
        return text;
    }
    default:
        return {};
    }
}

QVariant NoteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case AuthorColumn:
        return tr("By");
    case TextColumn:
        return tr("Note");
    default:
        return {};
    }
}

void NoteModel::requestServerPage(const QString &cursor, int generation)
{
    fetchServerPage(new MemberNotesJob(m_client, m_memberId, cursor, pageSize(), this), generation,
                    [this](const MemberNotesJob &page) {
                        const QList<MemberNote> notes = page.items();
                        if (notes.isEmpty())
                            return;
                        beginInsertRows({}, int(m_notes.size()), int(m_notes.size() + notes.size()) - 1);
                        m_notes.append(notes);
                        endInsertRows();
                    });
}

void NoteModel::requestCachePage(int, int generation)
{
    pageFailed(generation, tr("Notes are shown only while the server can be reached."));
}

} // namespace loyalty
