#pragma once

#include "core/LocalizedText.h"

#include <QJsonObject>
#include <QList>

namespace loyalty {

// What a draft would do to the members (the result of a "tier-what-if" job): how many move up, down or
// stay, members per rank now and after, and the whole from→to matrix.
struct WhatIfResult
{
    struct Rank
    {
        int rank = 0;
        LocalizedText name;
        qint64 before = 0;
        qint64 after = 0;
        bool operator==(const Rank &) const = default;
    };

    int draftVersion = 0; // the draft revision it ran on
    qint64 members = 0;
    qint64 up = 0;
    qint64 down = 0;
    qint64 same = 0;
    // Compared with what the published rules do to the same members at their period end: the moves
    // this draft causes (up/down above also count moves that happen under either ladder).
    qint64 byDraftUp = 0;
    qint64 byDraftDown = 0;
    QList<Rank> ranks;
    QList<QList<qint64>> matrix; // row: rank now - 1, column: rank after - 1
    double seconds = 0;

    qint64 cell(int rankNow, int rankAfter) const;

    // False when the job result is not a what-if result.
    static bool fromJson(const QJsonObject &object, WhatIfResult *result);
    bool operator==(const WhatIfResult &) const = default;
};

} // namespace loyalty
