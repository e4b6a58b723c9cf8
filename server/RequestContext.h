#pragma once

#include "server/TokenService.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class QHttpServerRequest;

namespace loyalty::server {

// What a route handler knows about the request it answers.
struct RequestContext
{
    const QHttpServerRequest *request = nullptr;
    QStringList pathArguments; // the {id} parts of the path template, in order
    QString locale;            // one of LoyaltyTranslations::locales()
    QString clientAddress;
    Session session; // empty for routes without authentication
};

} // namespace loyalty::server
