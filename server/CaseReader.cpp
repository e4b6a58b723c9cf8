#include "server/CaseReader.h"

#include "server/Database.h"

#include <limits>

namespace loyalty::server {

namespace {
// The columns readCase() expects, in its order.
constexpr char kCaseColumns[] = "c.id, c.redemption_id, c.kind, c.status, c.description, c.opened_by, "
                                "c.opened_at, c.outcome, c.restock, c.reason, c.resolved_by, c.resolved_at";
constexpr int kCaseColumnCount = 12;

AfterSalesCase readCase(const QSqlQuery &query)
{
    AfterSalesCase read;
    read.id = query.value(0).toLongLong();
    read.redemptionId = query.value(1).toLongLong();
    caseKindFromString(query.value(2).toString(), &read.kind);
    caseStatusFromString(query.value(3).toString(), &read.status);
    read.description = query.value(4).toString();
    read.openedBy = query.value(5).toString();
    read.openedAt = Database::timeFromMs(query.value(6));
    CaseOutcome outcome{};
    if (caseOutcomeFromString(query.value(7).toString(), &outcome))
        read.outcome = outcome;
    read.restock = query.value(8).toBool();
    read.reason = query.value(9).toString();
    read.resolvedBy = query.value(10).toString();
    read.resolvedAt = Database::timeFromMs(query.value(11));
    return read;
}

CaseView readView(const QSqlQuery &query)
{
    CaseView view;
    static_cast<AfterSalesCase &>(view) = readCase(query);
    view.memberId = query.value(kCaseColumnCount).toLongLong();
    view.memberNo = query.value(kCaseColumnCount + 1).toString();
    view.memberName = query.value(kCaseColumnCount + 2).toString();
    view.itemId = query.value(kCaseColumnCount + 3).toLongLong();
    view.itemName = query.value(kCaseColumnCount + 4).toString();
    return view;
}

QString viewSelect()
{
    return QStringLiteral("SELECT %1, r.member_id, m.member_no, m.name, r.item_id, i.name "
                          "FROM after_sales_cases c JOIN redemptions r ON r.id = c.redemption_id "
                          "JOIN members m ON m.id = r.member_id JOIN items i ON i.id = r.item_id ")
        .arg(QLatin1String(kCaseColumns));
}
} // namespace

QJsonObject CaseView::toJson() const
{
    QJsonObject object = AfterSalesCase::toJson();
    object.insert(QStringLiteral("memberId"), memberId);
    object.insert(QStringLiteral("memberNo"), memberNo);
    object.insert(QStringLiteral("memberName"), memberName);
    object.insert(QStringLiteral("itemId"), itemId);
    object.insert(QStringLiteral("itemName"), itemName);
    return object;
}

Outcome<CaseView> CaseReader::find(qint64 id)
{
    QSqlQuery &query = Database::prepared(viewSelect() + QStringLiteral("WHERE c.id = ?"));
    query.bindValue(0, id);
    if (!Database::exec(query))
        return ServiceError::internal();
    if (!query.next()) {
        query.finish();
        return ServiceError::notFound();
    }
    const CaseView view = readView(query);
    query.finish();
    return view;
}

Outcome<QList<AfterSalesCase>> CaseReader::ofRedemption(qint64 redemptionId)
{
    QSqlQuery &query = Database::prepared(
        QStringLiteral("SELECT %1 FROM after_sales_cases c WHERE c.redemption_id = ? ORDER BY c.id")
            .arg(QLatin1String(kCaseColumns)));
    query.bindValue(0, redemptionId);
    if (!Database::exec(query))
        return ServiceError::internal();
    QList<AfterSalesCase> cases;
    while (query.next())
        cases.append(readCase(query));
    query.finish();
    return cases;
}

Outcome<CasePage> CaseReader::list(std::optional<CaseStatus> status, int limit,
                                   const std::optional<PageCursor> &after)
{
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(
        viewSelect() +
        (status ? QStringLiteral("WHERE c.id < ? AND c.status = ? ") : QStringLiteral("WHERE c.id < ? ")) +
        QStringLiteral("ORDER BY c.id DESC LIMIT ?"));
    int bind = 0;
    query.bindValue(bind++, after ? after->id : std::numeric_limits<qint64>::max());
    if (status)
        query.bindValue(bind++, caseStatusToString(*status));
    query.bindValue(bind, limit + 1);
    if (!Database::exec(query))
        return ServiceError::internal();
    return readIdPage<CaseView>(query, limit, readView);
}

} // namespace loyalty::server
