#pragma once

#include "core/LedgerEntry.h"
#include "core/MallItem.h"
#include "core/RedemptionRequest.h"
#include "core/ShipmentRequest.h"
#include "core/UserInfo.h"
#include "server/IdempotentWrite.h"
#include "server/RedemptionReader.h"

#include <QDateTime>

#include <utility>

namespace loyalty::server {

// POST /v1/redemptions.
struct PlaceCommand
{
    UserInfo actor;
    QString clientAddress;
    RedemptionRequest request; // already validated
    IdempotencyGuard guard;
    QDateTime at; // demo data only: when it was placed (invalid: now)
};

// POST /v1/redemptions/{id}/fulfil|ship|complete|cancel.
struct RedemptionCommand
{
    UserInfo actor;
    QString clientAddress;
    qint64 redemptionId = 0;
    RedemptionAction action = RedemptionAction::Complete;
    QString code;             // fulfil: the code to issue (empty: generate one for a code item)
    ShipmentRequest shipment; // ship, already validated
    QString reason;           // cancel, already validated
    IdempotencyGuard guard;
    QDateTime at; // demo data only (invalid: now)
};

// Redemptions of mall items: placing one takes the points (ledger spend, from the lots that expire
// first) and reserves the stock in one transaction, or refuses with a 422 saying which rule said no;
// then fulfil / ship / complete / cancel along core's RedemptionStatus table. Every step writes a
// timeline row and an audit row in the same transaction.
//
// Limits count units (quantities) of the member's redemptions of the item that are not cancelled. The
// period limit uses calendar periods in UTC: the day from 00:00, the ISO week from Monday 00:00, the
// month from the 1st 00:00.
class RedemptionService
{
public:
    static constexpr int kMaxCodeLength = 64;
    static constexpr int kMaxReasonLength = 200;

    static Outcome<WriteResult> place(const PlaceCommand &command);
    static Outcome<WriteResult> act(const RedemptionCommand &command);

    // The same in the caller's transaction (the demo data places and moves redemptions in batches).
    static Outcome<RedemptionView> placeIn(const PlaceCommand &command);
    static Outcome<RedemptionView> actIn(const RedemptionCommand &command);

    // Shared with after-sales. A refund of the redemption's points that gives back to the same lots the
    // spend took them from (nothing for a free item: entry id 0).
    static Outcome<qint64> refundPoints(const RedemptionView &view, const UserInfo &actor,
                                        const QString &note, const QDateTime &at);
    // Writes the view's status, code, shipment and times back, if the row is still `from` (409 if not).
    static std::optional<ServiceError> save(const RedemptionView &view, RedemptionStatus from);
    // A fresh redemption code: 16 letters and digits (none that read alike) in groups of four.
    static QString generateCode();
    // [start, end) in ms of the calendar period (UTC) that contains `at`.
    static std::pair<qint64, qint64> periodWindow(MallItem::Period period, const QDateTime &at);
};

} // namespace loyalty::server
