#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace loyalty {

// Why an item's stock moved. Inbound and correction are staff's; reservation (a redemption placed),
// release (a reservation given back: cancelled, or refunded with restock) and shipment (reserved stock
// leaving the warehouse, delta 0 on the count) are the redemption flow's.
enum class StockMovementKind
{
    Inbound,
    Correction,
    Reservation,
    Release,
    Shipment
};

QString stockMovementKindToString(StockMovementKind kind);
// Returns false for a word that is not a movement kind.
bool stockMovementKindFromString(const QString &text, StockMovementKind *kind);

// One line of an item's stock ledger: stock is never edited in place, only moved with a reason.
struct StockMovement
{
    qint64 id = 0;
    qint64 itemId = 0;
    StockMovementKind kind = StockMovementKind::Inbound;
    qint64 delta = 0; // signed
    qint64 quantityAfter = 0;
    QString reason;
    qint64 redemptionId = 0; // 0: not from a redemption
    QString actor;
    QDateTime createdAt;

    QJsonObject toJson() const;
    static StockMovement fromJson(const QJsonObject &object);
    bool operator==(const StockMovement &) const = default;
};

} // namespace loyalty
