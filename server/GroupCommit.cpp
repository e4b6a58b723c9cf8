#include "server/GroupCommit.h"

#include "server/Logging.h"
#include "server/Transaction.h"

#include <QAbstractEventDispatcher>
#include <QTcpSocket>

namespace loyalty::server {

GroupCommit::GroupCommit(Writer write, QObject *parent) : QObject(parent), m_write(std::move(write))
{
    m_deadline.setSingleShot(true);
    m_deadline.setInterval(5);
    connect(&m_deadline, &QTimer::timeout, this, &GroupCommit::flush);
    // The loop is idle: nothing else will join this batch soon, so make it durable now.
    if (QAbstractEventDispatcher *dispatcher = QAbstractEventDispatcher::instance())
        connect(dispatcher, &QAbstractEventDispatcher::aboutToBlock, this, &GroupCommit::flush);
}

GroupCommit::~GroupCommit()
{
    flush();
}

bool GroupCommit::begin()
{
    if (m_batch)
        return true;
    m_batch = std::make_unique<Transaction>();
    if (!m_batch->isActive()) {
        m_batch.reset();
        return false;
    }
    m_deadline.start();
    return true;
}

void GroupCommit::hold(QHttpServerResponder &&responder, const ApiReply &reply, const ApiReply &ifLost)
{
    QPointer<QTcpSocket> socket = responder.socket();
    m_held.push_back({std::move(responder), socket, reply, ifLost});
    if (m_held.size() >= kMaxBatch)
        flush();
}

void GroupCommit::flush()
{
    if (!m_batch)
        return;
    m_deadline.stop();
    const bool committed = m_batch->commit();
    m_batch.reset();
    if (!committed)
        qCCritical(lcServerDb) << "group commit of" << m_held.size() << "writes failed; all rolled back";
    std::vector<Held> held;
    held.swap(m_held);
    std::vector<std::function<void()>> then;
    then.swap(m_afterCommit);
    for (Held &one : held) {
        // The client may have hung up meanwhile; its socket (and request) are gone then.
        if (one.socket && one.socket->state() == QAbstractSocket::ConnectedState)
            m_write(one.responder, committed ? one.reply : one.ifLost);
    }
    if (committed) {
        for (const std::function<void()> &callback : then)
            callback();
    }
}

void GroupCommit::afterCommit(std::function<void()> then)
{
    if (m_batch)
        m_afterCommit.push_back(std::move(then));
    else
        then();
}

} // namespace loyalty::server
