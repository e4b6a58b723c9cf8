#include "models/AuditModel.h"

#include "client/AuditJob.h"

#include <QLocale>
#include <QLoggingCategory>

namespace loyalty {

namespace {
Q_LOGGING_CATEGORY(lcAudit, "loyalty.models.audit")

struct CodeLabel
{
    const char *code;
    const char *label;
};

// Source texts for tr(); the context is AuditModel.
constexpr CodeLabel kActions[] = {
    {"auth.login", QT_TRANSLATE_NOOP("loyalty::AuditModel", "Signed in")},
    {"auth.login_failed", QT_TRANSLATE_NOOP("loyalty::AuditModel", "Sign-in failed")},
    {"auth.logout", QT_TRANSLATE_NOOP("loyalty::AuditModel", "Signed out")},
    {"auth.lockout", QT_TRANSLATE_NOOP("loyalty::AuditModel", "Sign-in locked out")},
    {"member.reveal", QT_TRANSLATE_NOOP("loyalty::AuditModel", "Personal data revealed")},
    {"member.freeze", QT_TRANSLATE_NOOP("loyalty::AuditModel", "Member frozen")},
    {"member.unfreeze", QT_TRANSLATE_NOOP("loyalty::AuditModel", "Member unfrozen")},
    {"member.blacklist", QT_TRANSLATE_NOOP("loyalty::AuditModel", "Member blacklisted")},
    {"member.blacklist_lift", QT_TRANSLATE_NOOP("loyalty::AuditModel", "Blacklist lifted")},
    {"member.tier_set", QT_TRANSLATE_NOOP("loyalty::AuditModel", "Tier set by hand")},
    {"member.tier_end", QT_TRANSLATE_NOOP("loyalty::AuditModel", "Manual tier ended")},
    {"member.note", QT_TRANSLATE_NOOP("loyalty::AuditModel", "Note added")},
    {"points.adjust", QT_TRANSLATE_NOOP("loyalty::AuditModel", "Points adjusted")},
    {"points.reverse", QT_TRANSLATE_NOOP("loyalty::AuditModel", "Ledger entry reversed")},
    {"user.create", QT_TRANSLATE_NOOP("loyalty::AuditModel", "User created")},
    {"user.update", QT_TRANSLATE_NOOP("loyalty::AuditModel", "User changed")},
    {"user.password_reset", QT_TRANSLATE_NOOP("loyalty::AuditModel", "Password reset")},
    {"user.password_change", QT_TRANSLATE_NOOP("loyalty::AuditModel", "Password changed")},
};

constexpr CodeLabel kEntities[] = {
    {"member", QT_TRANSLATE_NOOP("loyalty::AuditModel", "Member")},
    {"user", QT_TRANSLATE_NOOP("loyalty::AuditModel", "User")},
    {"ledger_entry", QT_TRANSLATE_NOOP("loyalty::AuditModel", "Ledger entry")},
};
} // namespace

AuditModel::AuditModel(ApiClient *client, ConnectionMonitor *connection, QObject *parent)
    : PagedTableModel(connection, parent), m_client(client)
{
}

void AuditModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    m_hasFilter = true;
    reload();
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList AuditModel::knownActions()
{
    QStringList codes;
    for (const CodeLabel &action : kActions)
        codes.append(QLatin1String(action.code));
    return codes;
}

QStringList AuditModel::knownEntities()
{
    QStringList codes;
    for (const CodeLabel &entity : kEntities)
        codes.append(QLatin1String(entity.code));
    return codes;
}

QString AuditModel::actionLabel(const QString &action)
{
    for (const CodeLabel &known : kActions) {
        if (action == QLatin1String(known.code))
            return tr(known.label);
    }
    return action;
}

QString AuditModel::entityLabel(const QString &entity)
{
    for (const CodeLabel &known : kEntities) {
        if (entity == QLatin1String(known.code))
            return tr(known.label);
    }
    return entity;
}

QString AuditModel::entityText(const QString &entity, const QString &entityId)
{
    if (entityId.isEmpty())
        return entityLabel(entity);
    //: An audited entity and its id, e.g. "Member 42"
    return tr("%1 %2").arg(entityLabel(entity), entityId);
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &entry = m_entries.at(index.row());
    switch (role) {
    case EntryIdRole:
        return entry.id;
    case ActionCodeRole:
        return entry.action;
    case TimeRole:
        return entry.at;
    case Qt::DisplayRole:
        break;
    case Qt::ToolTipRole:
        if (index.column() == ActionColumn)
            return entry.action;
        if (index.column() == TimeColumn)
            return QLocale().toString(entry.at.toLocalTime(), QLocale::LongFormat);
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case TimeColumn:
        return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    case UserColumn:
        return entry.actor;
    case ActionColumn:
        return actionLabel(entry.action);
    case EntityColumn:
        return entityText(entry.entity, entry.entityId);
    case ClientAddressColumn:
        return entry.clientAddress;
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case EntityColumn:
        return tr("Entity");
    case ClientAddressColumn:
        return tr("Client address");
    default:
        return {};
    }
}

void AuditModel::requestServerPage(const QString &cursor, int generation)
{
    auto *job = new AuditJob(m_client, m_filter, cursor, pageSize(), this);
    connect(job, &ApiJob::finished, this, [](ApiJob *finished) {
        if (!finished->succeeded() && finished->outcome() != ApiJob::Outcome::Cancelled)
            qCInfo(lcAudit) << "audit page failed:" << finished->httpStatus() << finished->errorText();
    });
    fetchServerPage(job, generation, [this](const AuditJob &page) { appendEntries(page.entries()); });
}

void AuditModel::requestCachePage(int, int generation)
{
    // Who did what is only ever read from the server: no copy of it is kept on this computer.
    pageFailed(generation, tr("The audit log needs a connection to the server; it is not kept for offline "
                              "review."));
}

void AuditModel::appendEntries(const QList<AuditEntry> &entries)
{
    if (entries.isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + entries.size()) - 1);
    m_entries.append(entries);
    endInsertRows();
}

} // namespace loyalty
