#include "core/PriceBand.h"

namespace loyalty {

PriceBand priceBandFor(qint64 pointsPrice)
{
    if (pointsPrice >= 10000)
        return PriceBand::High;
    if (pointsPrice >= 1000)
        return PriceBand::Mid;
    return PriceBand::Low;
}

QString priceBandToString(PriceBand band)
{
    switch (band) {
    case PriceBand::Mid:
        return QStringLiteral("mid");
    case PriceBand::High:
        return QStringLiteral("high");
    case PriceBand::Low:
        break;
    }
    return QStringLiteral("low");
}

bool priceBandFromString(const QString &text, PriceBand *band)
{
    for (PriceBand value : {PriceBand::Low, PriceBand::Mid, PriceBand::High}) {
        if (text == priceBandToString(value)) {
            *band = value;
            return true;
        }
    }
    return false;
}

} // namespace loyalty
