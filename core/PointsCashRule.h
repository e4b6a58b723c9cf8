#pragma once

#include "core/Violation.h"

#include <QList>

#include <optional>

namespace loyalty {

// Points + cash (domain.md: "gradient deduction"): an order value V (fen) may be paid partly with
// points. Below the first step no points part is allowed; from each step's minimum order value up to
// its percent of V. Defaults: from 100 yuan 50%, from 300 yuan 80%; 100 points = 1 yuan.
struct PointsCashRule
{
    struct Step
    {
        qint64 minOrderFen = 0;
        int percent = 0;
        bool operator==(const Step &) const = default;
    };

    qint64 pointsPerYuan = 100;
    QList<Step> steps{{10000, 50}, {30000, 80}}; // ascending by minOrderFen

    // The share of V (percent) that points may pay.
    int maxPercent(qint64 orderFen) const;
    // The most of V, in fen, that points may pay (rounded down to a whole fen).
    qint64 maxPointsShareFen(qint64 orderFen) const;
    // The most points an order of V may take (rounded down to whole points).
    qint64 maxPoints(qint64 orderFen) const;
    // What `points` are worth in fen (rounded down).
    qint64 pointsValueFen(qint64 points) const;

    // An item priced pointsPrice + cashFen: the points' value must not exceed the share the total
    // (points value + cash) allows. Items without a cash part are plain points redemptions and are not
    // orders in the gradient's sense, so they always pass. The violation names "pointsPrice".
    std::optional<Violation> checkItemPrice(qint64 pointsPrice, qint64 cashFen) const;

    bool operator==(const PointsCashRule &) const = default;
};

} // namespace loyalty
