#include "models/MemberAuditModel.h"

#include "client/MemberAuditJob.h"
#include "models/AuditDiffModel.h"
#include "models/MemberListModel.h"

namespace loyalty {

namespace {
struct FieldLabel
{
    const char *field;
    const char *label;
};

// Source texts for tr(); the context is MemberAuditModel. Unknown fields keep their names.
constexpr FieldLabel kFields[] = {
    {"status", QT_TRANSLATE_NOOP("loyalty::MemberAuditModel", "status")},
    {"reason", QT_TRANSLATE_NOOP("loyalty::MemberAuditModel", "reason")},
    {"balance", QT_TRANSLATE_NOOP("loyalty::MemberAuditModel", "balance")},
    {"forfeited", QT_TRANSLATE_NOOP("loyalty::MemberAuditModel", "forfeited")},
    {"cancelledPending", QT_TRANSLATE_NOOP("loyalty::MemberAuditModel", "pending cancelled")},
    {"cancelledApprovals", QT_TRANSLATE_NOOP("loyalty::MemberAuditModel", "approvals cancelled")},
    {"tierId", QT_TRANSLATE_NOOP("loyalty::MemberAuditModel", "tier")},
    {"manual", QT_TRANSLATE_NOOP("loyalty::MemberAuditModel", "set by hand")},
    {"until", QT_TRANSLATE_NOOP("loyalty::MemberAuditModel", "until")},
    {"text", QT_TRANSLATE_NOOP("loyalty::MemberAuditModel", "note")},
    {"amount", QT_TRANSLATE_NOOP("loyalty::MemberAuditModel", "points")},
};
} // namespace

QString MemberAuditModel::fieldLabel(const QString &field)
{
    for (const FieldLabel &known : kFields) {
        if (field == QLatin1String(known.field))
            return tr(known.label);
    }
    return field;
}

QString MemberAuditModel::valueText(const QString &field, const QJsonValue &value)
{
    if (value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty()))
        return QStringLiteral("—");
    if (field == QLatin1String("status") && value.isString())
        return MemberListModel::statusText(memberStatusFromString(value.toString()));
    if (value.isBool())
        return value.toBool() ? tr("yes") : tr("no");
    return AuditDiffModel::valueText(value);
}

MemberAuditModel::MemberAuditModel(ApiClient *client, ConnectionMonitor *connection, QObject *parent)
    : AuditModel(client, connection, parent)
{
}

void MemberAuditModel::setMemberId(qint64 memberId)
{
    m_memberId = memberId;
    reload();
}

int MemberAuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : MemberAuditColumnCount;
}

QString MemberAuditModel::summaryText(const AuditEntry &entry)
{
    const QStringList fields = entry.changedFields();
    if (fields.isEmpty())
        return entityText(entry.entity, entry.entityId);
    constexpr int kShown = 3;
    QStringList parts;
    for (const QString &field : fields.mid(0, kShown)) {
        //: One changed field in an audit summary: field, value before, value after
        parts.append(tr("%1: %2 → %3")
                         .arg(fieldLabel(field), valueText(field, entry.before.value(field)),
                              valueText(field, entry.after.value(field))));
    }
    if (fields.size() > kShown)
        parts.append(tr("%Ln more", nullptr, int(fields.size() - kShown)));
    //: Separates the changed fields of an audit summary
    return parts.join(tr("; "));
}

QVariant MemberAuditModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (index.column() != SummaryColumn)
        return AuditModel::data(index, role);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return summaryText(entryAt(index.row()));
    case EntryIdRole:
    case ActionCodeRole:
    case TimeRole:
        return AuditModel::data(index.siblingAtColumn(TimeColumn), role);
    default:
        return {};
    }
}

QVariant MemberAuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section == SummaryColumn)
        return tr("What changed");
    if (section >= MemberAuditColumnCount)
        return {};
    return AuditModel::headerData(section, orientation, role);
}

void MemberAuditModel::requestServerPage(const QString &cursor, int generation)
{
    fetchServerPage(new MemberAuditJob(client(), m_memberId, cursor, pageSize(), this), generation,
                    [this](const MemberAuditJob &page) { appendEntries(page.items()); });
}

} // namespace loyalty
