#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace loyalty {

class ApiClient;

// Knows whether the server answers, since when it does not, and polls /v1/health while it does not,
// so the console comes back online by itself.
class ConnectionMonitor : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionMonitor(ApiClient *client, QObject *parent = nullptr);

    bool isOnline() const { return m_online; }
    QDateTime offlineSince() const { return m_offlineSince; }
    void setPollInterval(int ms) { m_poll.setInterval(ms); }
    // Ask now (F5, or a test that restarted the server).
    void checkNow();

Q_SIGNALS:
    void onlineChanged(bool online);

private:
    void setOnline(bool online);

    QPointer<ApiClient> m_client;
    QTimer m_poll;
    bool m_online = true;
    bool m_checking = false;
    QDateTime m_offlineSince;
};

} // namespace loyalty
