#include "core/PhoneMask.h"

namespace loyalty {

QString maskPhone(const QString &phone)
{
    if (phone.size() < 7)
        return QString(phone.size(), QLatin1Char('*'));
    return phone.left(3) + QString(phone.size() - 7, QLatin1Char('*')) + phone.right(4);
}

} // namespace loyalty
