#include "core/LocalizedText.h"

namespace loyalty {

QString LocalizedText::text(const QString &localeName) const
{
    QString chosen;
    if (localeName.startsWith(QLatin1String("zh_TW")) || localeName.startsWith(QLatin1String("zh_HK")))
        chosen = zhTW;
    else if (localeName.startsWith(QLatin1String("en")))
        chosen = en;
    else
        chosen = zhCN;
    if (chosen.isEmpty())
        chosen = zhCN.isEmpty() ? en : zhCN;
    return chosen;
}

QJsonObject LocalizedText::toJson() const
{
    return {{QStringLiteral("zh_CN"), zhCN}, {QStringLiteral("zh_TW"), zhTW}, {QStringLiteral("en"), en}};
}

LocalizedText LocalizedText::fromJson(const QJsonObject &object)
{
    return {object.value(QStringLiteral("zh_CN")).toString(),
            object.value(QStringLiteral("zh_TW")).toString(), object.value(QStringLiteral("en")).toString()};
}

} // namespace loyalty
