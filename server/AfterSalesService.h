#pragma once

#include "core/CaseRequest.h"
#include "core/CaseResolution.h"
#include "core/UserInfo.h"
#include "server/CaseReader.h"
#include "server/IdempotentWrite.h"
#include "server/RedemptionReader.h"

#include <QDateTime>

namespace loyalty::server {

// POST /v1/redemptions/{id}/cases.
struct CaseCommand
{
    UserInfo actor;
    QString clientAddress;
    qint64 redemptionId = 0;
    CaseRequest request; // shape read; the kind is checked against the item here
    IdempotencyGuard guard;
    QDateTime at; // demo data only (invalid: now)
};

// POST /v1/cases/{id}/resolve.
struct ResolveCommand
{
    UserInfo actor;
    QString clientAddress;
    qint64 caseId = 0;
    CaseResolution request; // shape read; the rules for the item and the case are checked here
    IdempotencyGuard guard;
    QDateTime at; // demo data only (invalid: now)
};

struct ResolvedCase
{
    AfterSalesCase afterSales;
    RedemptionView redemption;
};

// After-sales cases on delivered redemptions. Resolving one moves what its outcome says, in one
// transaction with the case, a timeline row and an audit row: a refund gives the redemption's points
// back to the lots the spend took them from (once per redemption) and, with restock, releases the units
// back to stock; a reship sends the units again out of stock; a reissue replaces the code; a rejection
// moves nothing.
class AfterSalesService
{
public:
    static Outcome<WriteResult> open(const CaseCommand &command);
    static Outcome<WriteResult> resolve(const ResolveCommand &command);

    // The same in the caller's transaction (demo data).
    static Outcome<AfterSalesCase> openIn(const CaseCommand &command);
    static Outcome<ResolvedCase> resolveIn(const ResolveCommand &command);
};

} // namespace loyalty::server
