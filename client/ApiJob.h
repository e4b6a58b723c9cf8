#pragma once

#include "client/ApiClient.h"
#include "core/ApiError.h"

#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrlQuery>

class QNetworkReply;

namespace loyalty {

// One REST call. The base owns what every call needs: the timeout, retrying requests that are safe
// to repeat (GET, or a write carrying an Idempotency-Key), and the sentence a person reads when it fails.
// A job deletes itself after emitting finished().
class ApiJob : public QObject
{
    Q_OBJECT
public:
    enum class Outcome
    {
        Pending,
        Succeeded,
        Refused,
        Unreachable,
        Cancelled
    };
    Q_ENUM(Outcome)

    explicit ApiJob(ApiClient *client, QObject *parent = nullptr);
    ~ApiJob() override;

    void start();
    void cancel();

    Outcome outcome() const { return m_outcome; }
    bool succeeded() const { return m_outcome == Outcome::Succeeded; }
    // The server could not be reached at all (network down, refused, timed out): the console goes offline.
    bool unreachable() const { return m_outcome == Outcome::Unreachable; }
    int httpStatus() const { return m_httpStatus; }
    // The server's refusal (code, sentence, field); for Unreachable, a code "unreachable" and our sentence.
    const ApiError &error() const { return m_error; }
    QString errorText() const { return m_error.message; }
    int attempts() const { return m_attempt; }

    static constexpr int kMaxAttempts = 3;

Q_SIGNALS:
    void finished(loyalty::ApiJob *job);

protected:
    void setRequest(const QByteArray &method, const QString &path, const QUrlQuery &query = {},
                    const QJsonDocument &body = {});
    // A request whose body is not JSON (an image upload): the bytes go as they are, with their own
    // Content-Type. Everything else (retries, refusals, timeouts) works as for JSON requests.
    void setRawRequest(const QByteArray &method, const QString &path, const QByteArray &body,
                       const QByteArray &contentType, const QUrlQuery &query = {});
    // Makes a write safe to retry: the server applies the same key once.
    void setIdempotencyKey(const QByteArray &key) { m_idempotencyKey = key; }
    ApiClient *client() const { return m_client; }
    // Reads a 2xx answer; returns false when the answer is not what the contract says.
    virtual bool parse(int httpStatus, const QJsonDocument &document) = 0;
    // Reads a 2xx answer as bytes; the default reads them as JSON and calls parse(). Jobs whose answer is
    // not JSON (an image's bytes) override this one instead.
    virtual bool parseBytes(int httpStatus, const QByteArray &bytes, const QByteArray &contentType);
    // Reads what a refusal carries beyond {code, message, field} (e.g. the violations of a ladder, the job
    // already running); error() is set when this is called.
    virtual void parseRefusal(const QJsonDocument &document) { Q_UNUSED(document) }

private:
    bool retryable() const;
    void sendAttempt();
    void onReplyFinished();
    void finish(Outcome outcome);

    QPointer<ApiClient> m_client;
    QByteArray m_method;
    QString m_path;
    QUrlQuery m_query;
    QByteArray m_body;
    QByteArray m_contentType; // empty: JSON
    QByteArray m_idempotencyKey;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    int m_attempt = 0;
    int m_httpStatus = 0;
    Outcome m_outcome = Outcome::Pending;
    ApiError m_error;
};

} // namespace loyalty
