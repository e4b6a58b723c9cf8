#pragma once

#include "support/ServerCommand.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QUrl>
#include <QUrlQuery>

namespace loyalty::bench {

struct HttpResult
{
    int status = 0;
    QByteArray body;
    // Parsed on demand, so that timing a request does not time the parsing of its answer.
    QJsonObject json() const;
};

// Synchronous JSON requests to the bench's server over one QNetworkAccessManager (keep-alive), with
// the bearer token of the user it signed in as.
class BenchHttpClient
{
public:
    explicit BenchHttpClient(const QUrl &base) : m_base(base) {}

    // The server's URL for a path (and query), to build before a timed request.
    QUrl url(const QString &path, const QUrlQuery &query = {}) const;
    // Sends and waits for the whole answer (a local event loop).
    HttpResult request(const QByteArray &method, const QUrl &url, const QByteArray &payload = {});
    // A JSON body (none for GET).
    HttpResult send(const QByteArray &method, const QString &path, const QJsonObject &body = {});

    // POST /v1/auth/login; keeps the token for the requests that follow when it succeeds.
    HttpResult login(const QString &username, const QByteArray &password = kBenchPassword);
    bool signedIn() const { return !m_token.isEmpty(); }
    // The bearer token of the signed-in user, for clients of the bench's own (KeepAliveClient).
    QByteArray token() const { return m_token; }

    // Polls GET /v1/jobs/{id} until done or failed; the wall time from `since`.
    QJsonObject follow(qint64 id, const QElapsedTimer &since, double *wallSeconds);

private:
    QNetworkAccessManager m_network;
    QUrl m_base;
    QByteArray m_token;
};

} // namespace loyalty::bench
