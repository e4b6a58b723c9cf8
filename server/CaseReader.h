#pragma once

#include "core/AfterSalesCase.h"
#include "server/IdPage.h"
#include "server/Outcome.h"
#include "server/PageCursor.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace loyalty::server {

// A case as GET /v1/cases lists it: the case plus whose redemption of what, so a queue reads alone.
struct CaseView : AfterSalesCase
{
    qint64 memberId = 0;
    QString memberNo;
    QString memberName;
    qint64 itemId = 0;
    QString itemName;

    QJsonObject toJson() const;
};

using CasePage = IdPage<CaseView>;

class CaseReader
{
public:
    // 404 for no such case.
    static Outcome<CaseView> find(qint64 id);
    // A redemption's cases, oldest first.
    static Outcome<QList<AfterSalesCase>> ofRedemption(qint64 redemptionId);
    // Newest first; no status: every case.
    static Outcome<CasePage> list(std::optional<CaseStatus> status, int limit,
                                  const std::optional<PageCursor> &after);
};

} // namespace loyalty::server
