#include "client/ItemListFilter.h"

namespace loyalty {

void ItemListFilter::addTo(QUrlQuery *query) const
{
    if (category)
        query->addQueryItem(QStringLiteral("category"), itemCategoryToString(*category));
    if (band)
        query->addQueryItem(QStringLiteral("band"), priceBandToString(*band));
    switch (shelf) {
    case Shelf::Any:
        break;
    case Shelf::On:
        query->addQueryItem(QStringLiteral("shelf"), QStringLiteral("on"));
        break;
    case Shelf::Off:
        query->addQueryItem(QStringLiteral("shelf"), QStringLiteral("off"));
        break;
    case Shelf::OnShelf:
        query->addQueryItem(QStringLiteral("shelf"), QStringLiteral("onShelf"));
        break;
    }
    if (lowStockOnly)
        query->addQueryItem(QStringLiteral("lowStock"), QStringLiteral("true"));
    const QString trimmed = text.trimmed();
    if (!trimmed.isEmpty())
        query->addQueryItem(QStringLiteral("q"), QString::fromLatin1(QUrl::toPercentEncoding(trimmed)));
}

} // namespace loyalty
