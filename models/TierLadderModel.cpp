#include "models/TierLadderModel.h"

#include "core/TierLadder.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace loyalty {

namespace {
// The fields violations name: "tiers[2]" or "tiers[2].part".
bool parseField(const QString &field, int *row, QString *part)
{
    static const QRegularExpression pattern(QStringLiteral("^tiers\\[(\\d+)\\](?:\\.(\\w+))?"));
    const QRegularExpressionMatch match = pattern.match(field);
    if (!match.hasMatch())
        return false;
    *row = match.captured(1).toInt();
    *part = match.captured(2);
    return true;
}
} // namespace

TierLadderModel::TierLadderModel(QObject *parent) : QAbstractTableModel(parent) {}

void TierLadderModel::setTiers(const QList<TierDefinition> &tiers)
{
    beginResetModel();
    m_tiers = tiers;
    std::stable_sort(m_tiers.begin(), m_tiers.end(),
                     [](const TierDefinition &a, const TierDefinition &b) { return a.rank < b.rank; });
    for (qsizetype i = 0; i < m_tiers.size(); ++i)
        m_tiers[i].rank = int(i) + 1;
    endResetModel();
}

void TierLadderModel::setTier(int row, const TierDefinition &tier)
{
    if (row < 0 || row >= m_tiers.size())
        return;
    TierDefinition changed = tier;
    changed.rank = row + 1;
    if (changed == m_tiers.at(row))
        return;
    m_tiers[row] = changed;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    Q_EMIT edited();
}

bool TierLadderModel::canInsertTier() const
{
    return !m_readOnly && m_tiers.size() < TierLadder::kMaxTiers;
}

bool TierLadderModel::canRemoveTier() const
{
    return !m_readOnly && m_tiers.size() > TierLadder::kMinTiers;
}

bool TierLadderModel::insertTier(int row)
{
    if (!insertRows(row, 1))
        return false;
    Q_EMIT edited();
    return true;
}

bool TierLadderModel::removeTier(int row)
{
    if (!removeRows(row, 1))
        return false;
    Q_EMIT edited();
    return true;
}

bool TierLadderModel::moveTier(int row, bool up)
{
    // Up the ladder is a higher rank, one row further down the table.
    const int target = up ? row + 1 : row - 1;
    if (m_readOnly || row < 0 || row >= m_tiers.size() || target < 0 || target >= m_tiers.size())
        return false;
    if (!moveRows({}, row, 1, {}, up ? row + 2 : row - 1))
        return false;
    Q_EMIT edited();
    return true;
}

void TierLadderModel::renumber()
{
    for (qsizetype i = 0; i < m_tiers.size(); ++i) {
        if (m_tiers.at(i).rank != int(i) + 1) {
            m_tiers[i].rank = int(i) + 1;
            Q_EMIT dataChanged(index(int(i), RankColumn), index(int(i), RankColumn));
        }
    }
}

void TierLadderModel::setProblems(const QList<ReportedViolation> &problems)
{
    if (problems == m_problems)
        return;
    m_problems = problems;
    if (!m_tiers.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QStringList TierLadderModel::problemsOf(int row, const QString &part) const
{
    QStringList sentences;
    for (const ReportedViolation &problem : m_problems) {
        int problemRow = -1;
        QString problemPart;
        if (!parseField(problem.field, &problemRow, &problemPart) || problemRow != row)
            continue;
        if (!part.isEmpty() && problemPart != part)
            continue;
        if (!sentences.contains(problem.message))
            sentences.append(problem.message);
    }
    return sentences;
}

QString TierLadderModel::columnPart(int column) const
{
    switch (column) {
    case RankColumn:
        return QStringLiteral("rank");
    case NameZhCNColumn:
    case NameZhTWColumn:
    case NameEnColumn:
        return QStringLiteral("name");
    case ColorColumn:
        return QStringLiteral("color");
    case IconColumn:
        return QStringLiteral("icon");
    case MultiplierColumn:
    case BenefitsColumn:
        return QStringLiteral("benefits");
    default:
        return {};
    }
}

int TierLadderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tiers.size());
}

int TierLadderModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TierLadderModel::multiplierText(double multiplier)
{
    //: a points multiplier, e.g. "1.5×"
    return tr("%1×").arg(QLocale().toString(multiplier, 'g', 4));
}

QString TierLadderModel::benefitsSummary(const TierBenefits &benefits)
{
    QStringList parts;
    if (benefits.discountPercent < 100)
        //: a discount given as the share paid, e.g. "95% price" (9.5 折)
        parts.append(tr("%1% price").arg(benefits.discountPercent));
    if (benefits.freeShipping)
        parts.append(tr("free shipping"));
    if (benefits.priorityService)
        parts.append(tr("priority service"));
    if (benefits.birthdayMultiplier > 1.0)
        parts.append(tr("birthday %1").arg(multiplierText(benefits.birthdayMultiplier)));
    if (benefits.birthdayGiftPoints > 0)
        parts.append(tr("birthday gift %Ln points", nullptr, benefits.birthdayGiftPoints));
    if (benefits.lotExpiryMonths > 0)
        parts.append(tr("points expire after %Ln months", nullptr, benefits.lotExpiryMonths));
    //: the separator between benefits in one line
    return parts.join(tr(", "));
}

QVariant TierLadderModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TierDefinition &tier = m_tiers.at(index.row());
    const int column = index.column();
    const QStringList problems = column == RankColumn ? problemsOf(index.row(), QStringLiteral("rank"))
                                                      : problemsOf(index.row(), columnPart(column));
    switch (role) {
    case ProblemRole:
        return problems.join(QLatin1Char('\n'));
    case Qt::ToolTipRole:
        if (!problems.isEmpty())
            return problems.join(QLatin1Char('\n'));
        if (column == BenefitsColumn)
            return benefitsSummary(tier.benefits);
        return {};
    case Qt::ForegroundRole:
        if (!problems.isEmpty())
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        return {};
    case Qt::DecorationRole:
        if (column == ColorColumn && QColor::isValidColorName(tier.color))
            return QColor::fromString(tier.color);
        return {};
    case Qt::TextAlignmentRole:
        if (column == RankColumn || column == MultiplierColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::EditRole:
        switch (column) {
        case NameZhCNColumn:
            return tier.name.zhCN;
        case NameZhTWColumn:
            return tier.name.zhTW;
        case NameEnColumn:
            return tier.name.en;
        case ColorColumn:
            return tier.color;
        case IconColumn:
            return tier.icon;
        case MultiplierColumn:
            return tier.benefits.pointsMultiplier;
        case RankColumn:
            return tier.rank;
        default:
            return {};
        }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case RankColumn:
        return tier.rank;
    case NameZhCNColumn:
        return tier.name.zhCN;
    case NameZhTWColumn:
        return tier.name.zhTW;
    case NameEnColumn:
        return tier.name.en;
    case ColorColumn:
        return tier.color;
    case IconColumn:
        return tier.icon;
    case MultiplierColumn:
        return multiplierText(tier.benefits.pointsMultiplier);
    case BenefitsColumn:
        return benefitsSummary(tier.benefits);
    default:
        return {};
    }
}

bool TierLadderModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || m_readOnly ||
        !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    TierDefinition tier = m_tiers.at(index.row());
    switch (index.column()) {
    case NameZhCNColumn:
        tier.name.zhCN = value.toString().trimmed();
        break;
    case NameZhTWColumn:
        tier.name.zhTW = value.toString().trimmed();
        break;
    case NameEnColumn:
        tier.name.en = value.toString().trimmed();
        break;
    case ColorColumn: {
        const QString text = value.toString().trimmed();
        if (!QColor::isValidColorName(text))
            return false; // the old colour stays: nothing is lost on a typo
        tier.color = QColor::fromString(text).name().toUpper();
        break;
    }
    case IconColumn:
        tier.icon = value.toString().trimmed();
        break;
    case MultiplierColumn: {
        bool ok = false;
        const double multiplier = value.toDouble(&ok);
        if (!ok || !(multiplier > 0))
            return false;
        tier.benefits.pointsMultiplier = multiplier;
        break;
    }
    default:
        return false;
    }
    if (tier == m_tiers.at(index.row()))
        return true;
    m_tiers[index.row()] = tier;
    Q_EMIT dataChanged(index.siblingAtColumn(0), index.siblingAtColumn(ColumnCount - 1));
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags TierLadderModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (!checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!m_readOnly && index.column() != RankColumn && index.column() != BenefitsColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant TierLadderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case NameZhCNColumn:
        return tr("Name (Simplified)");
    case NameZhTWColumn:
        return tr("Name (Traditional)");
    case NameEnColumn:
        return tr("Name (English)");
    case ColorColumn:
        return tr("Colour");
    case IconColumn:
        return tr("Icon");
    case MultiplierColumn:
        return tr("Points ×");
    case BenefitsColumn:
        return tr("Benefits");
    default:
        return {};
    }
}

bool TierLadderModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || m_readOnly || row < 0 || row > m_tiers.size() || count < 1 ||
        m_tiers.size() + count > TierLadder::kMaxTiers)
        return false;
    beginInsertRows({}, row, row + count - 1);
    for (int i = 0; i < count; ++i) {
        TierDefinition tier;
        tier.rank = row + i + 1;
        tier.color = QStringLiteral("#808080");
        // A tier above the lowest needs an upgrade rule; start it with one bar to edit.
        if (row + i > 0)
            tier.upgrade.conditions.append({TierMetric::CumulativeSpend, TierRule::Op::AtLeast, 0});
        m_tiers.insert(row + i, tier);
    }
    endInsertRows();
    renumber();
    return true;
}

bool TierLadderModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || m_readOnly || row < 0 || count < 1 || row + count > m_tiers.size() ||
        m_tiers.size() - count < TierLadder::kMinTiers)
        return false;
    beginRemoveRows({}, row, row + count - 1);
    m_tiers.remove(row, count);
    endRemoveRows();
    renumber();
    return true;
}

bool TierLadderModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                               const QModelIndex &destinationParent, int destinationChild)
{
    if (sourceParent.isValid() || destinationParent.isValid() || m_readOnly || count != 1 || sourceRow < 0 ||
        sourceRow >= m_tiers.size() || destinationChild < 0 || destinationChild > m_tiers.size() ||
        destinationChild == sourceRow || destinationChild == sourceRow + 1)
        return false;
    if (!beginMoveRows({}, sourceRow, sourceRow, {}, destinationChild))
        return false;
    const int to = destinationChild > sourceRow ? destinationChild - 1 : destinationChild;
    m_tiers.move(sourceRow, to);
    endMoveRows();
    renumber();
    return true;
}

} // namespace loyalty
