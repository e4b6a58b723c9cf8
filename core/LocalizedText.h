#pragma once

#include <QJsonObject>
#include <QString>

namespace loyalty {

// A name given in the three languages the console speaks: {"zh_CN", "zh_TW", "en"}.
struct LocalizedText
{
    QString zhCN;
    QString zhTW;
    QString en;

    // The text for a locale name such as "zh_CN", "zh_TW" or "en_US", falling back to zh_CN, then en.
    QString text(const QString &localeName) const;

    QJsonObject toJson() const;
    static LocalizedText fromJson(const QJsonObject &object);
    bool operator==(const LocalizedText &) const = default;
};

} // namespace loyalty
