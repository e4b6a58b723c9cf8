#include "server/RedemptionReader.h"

#include "server/CaseReader.h"
#include "server/Database.h"

#include <QJsonArray>

#include <limits>

namespace loyalty::server {

namespace {
const QString kSelect = QStringLiteral(
    "SELECT r.id, r.member_id, r.item_id, r.quantity, r.points, r.cash, r.status, r.code, r.carrier, "
    "r.tracking_number, r.placed_at, r.fulfilled_at, r.shipped_at, r.completed_at, r.cancelled_at, "
    "r.cancel_reason, r.entry_id, m.member_no, m.name, i.name, i.category, "
    "(SELECT COUNT(*) FROM after_sales_cases c WHERE c.redemption_id = r.id AND c.status = 'open') "
    "FROM redemptions r JOIN members m ON m.id = r.member_id JOIN items i ON i.id = r.item_id ");

RedemptionView readView(const QSqlQuery &query)
{
    RedemptionView view;
    view.id = query.value(0).toLongLong();
    view.memberId = query.value(1).toLongLong();
    view.itemId = query.value(2).toLongLong();
    view.quantity = query.value(3).toInt();
    view.points = query.value(4).toLongLong();
    view.cash = query.value(5).toLongLong();
    redemptionStatusFromString(query.value(6).toString(), &view.status);
    view.code = query.value(7).toString();
    view.carrier = query.value(8).toString();
    view.trackingNumber = query.value(9).toString();
    view.placedAt = Database::timeFromMs(query.value(10));
    view.fulfilledAt = Database::timeFromMs(query.value(11));
    view.shippedAt = Database::timeFromMs(query.value(12));
    view.completedAt = Database::timeFromMs(query.value(13));
    view.cancelledAt = Database::timeFromMs(query.value(14));
    view.cancelReason = query.value(15).toString();
    view.entryId = query.value(16).toLongLong();
    view.memberNo = query.value(17).toString();
    view.memberName = query.value(18).toString();
    view.itemName = query.value(19).toString();
    itemCategoryFromString(query.value(20).toString(), &view.category);
    view.openCases = query.value(21).toInt();
    return view;
}
} // namespace

QJsonObject RedemptionView::toJson() const
{
    QJsonObject object = Redemption::toJson();
    object.insert(QStringLiteral("memberNo"), memberNo);
    object.insert(QStringLiteral("memberName"), memberName);
    object.insert(QStringLiteral("itemName"), itemName);
    object.insert(QStringLiteral("itemCategory"), itemCategoryToString(category));
    object.insert(QStringLiteral("fulfilment"), itemFulfilmentToString(fulfilment()));
    QJsonArray actions;
    for (RedemptionAction action : redemptionActions(status, fulfilment()))
        actions.append(redemptionActionToString(action));
    object.insert(QStringLiteral("actions"), actions);
    object.insert(QStringLiteral("openCases"), openCases);
    if (detailed) {
        QJsonArray events;
        for (const TimelineEvent &event : timeline)
            events.append(event.toJson());
        object.insert(QStringLiteral("timeline"), events);
        QJsonArray caseArray;
        for (const AfterSalesCase &one : cases)
            caseArray.append(one.toJson());
        object.insert(QStringLiteral("cases"), caseArray);
    }
    return object;
}

Outcome<RedemptionView> RedemptionReader::find(qint64 id, bool detailed)
{
    QSqlQuery &query = Database::prepared(kSelect + QStringLiteral("WHERE r.id = ?"));
    query.bindValue(0, id);
    if (!Database::exec(query))
        return ServiceError::internal();
    if (!query.next()) {
        query.finish();
        return ServiceError::notFound();
    }
    RedemptionView view = readView(query);
    query.finish();
    if (detailed) {
        Outcome<QList<TimelineEvent>> timeline = RedemptionTimeline::of(id);
        if (!timeline.ok())
            return timeline.error();
        Outcome<QList<AfterSalesCase>> cases = CaseReader::ofRedemption(id);
        if (!cases.ok())
            return cases.error();
        view.timeline = timeline.value();
        view.cases = cases.value();
        view.detailed = true;
    }
    return view;
}

Outcome<RedemptionPage> RedemptionReader::list(const RedemptionFilter &filter, int limit,
                                               const std::optional<PageCursor> &after)
{
    // Newest id first; the filters only drop rows on the way (each has an index to start from).
    QString where = QStringLiteral("WHERE r.id < ?");
    QVariantList binds{after ? after->id : std::numeric_limits<qint64>::max()};
    if (filter.status) {
        where += QStringLiteral(" AND r.status = ?");
        binds.append(redemptionStatusToString(*filter.status));
    }
    if (filter.memberId > 0) {
        where += QStringLiteral(" AND r.member_id = ?");
        binds.append(filter.memberId);
    }
    if (filter.itemId > 0) {
        where += QStringLiteral(" AND r.item_id = ?");
        binds.append(filter.itemId);
    }
    if (filter.from.isValid()) {
        where += QStringLiteral(" AND r.placed_at >= ?");
        binds.append(filter.from.toMSecsSinceEpoch());
    }
    if (filter.to.isValid()) {
        where += QStringLiteral(" AND r.placed_at < ?");
        binds.append(filter.to.toMSecsSinceEpoch());
    }
    binds.append(limit + 1);
    QSqlQuery query(Database::connection());
    query.setForwardOnly(true);
    query.prepare(kSelect + where + QStringLiteral(" ORDER BY r.id DESC LIMIT ?"));
    for (qsizetype i = 0; i < binds.size(); ++i)
        query.bindValue(static_cast<int>(i), binds.at(i));
    if (!Database::exec(query))
        return ServiceError::internal();
    return readIdPage<RedemptionView>(query, limit, readView);
}

} // namespace loyalty::server
