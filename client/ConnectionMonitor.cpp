#include "client/ConnectionMonitor.h"

#include "client/ApiClient.h"
#include "client/HealthJob.h"

namespace loyalty {

ConnectionMonitor::ConnectionMonitor(ApiClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    m_poll.setInterval(5000);
    connect(&m_poll, &QTimer::timeout, this, &ConnectionMonitor::checkNow);
    connect(client, &ApiClient::reachabilityChanged, this, &ConnectionMonitor::setOnline);
}

void ConnectionMonitor::checkNow()
{
    if (!m_client || m_checking)
        return;
    m_checking = true;
    auto *job = new HealthJob(m_client, this);
    connect(job, &ApiJob::finished, this, [this](ApiJob *finished) {
        m_checking = false;
        // A server that answers at all is online, whatever the health document says.
        setOnline(!finished->unreachable());
    });
    job->start();
}

void ConnectionMonitor::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    if (online) {
        m_offlineSince = {};
        m_poll.stop();
    } else {
        m_offlineSince = QDateTime::currentDateTime();
        m_poll.start();
    }
    Q_EMIT onlineChanged(online);
}

} // namespace loyalty
