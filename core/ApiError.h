#pragma once

#include <QJsonObject>
#include <QString>

namespace loyalty {

// The error shape every server answer uses: {"error": {"code", "message", "field"}}.
struct ApiError
{
    int httpStatus = 0;
    QString code;    // machine-readable, e.g. "insufficient_points"
    QString message; // a sentence for people, in the requester's language
    QString field;   // the request field at fault, empty when none

    bool isError() const { return !code.isEmpty(); }

    QJsonObject toJson() const; // the whole {"error": {...}} document
    static ApiError fromJson(int httpStatus, const QJsonObject &document);
};

} // namespace loyalty
