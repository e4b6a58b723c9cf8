#pragma once

#include "server/ApiReply.h"

#include <QHttpServerResponder>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>
#include <vector>

class QTcpSocket;

namespace loyalty::server {

class Transaction;

// Group commit for the writes the event loop answers: the first write opens one transaction, each
// write runs in its own savepoint inside it (Transaction nests), and its answer waits. When the loop
// has nothing more to do, or the batch is full, one COMMIT makes them all durable with one fsync, and
// only then are the answers sent; if the commit fails, every held write answers 500 and nothing of
// the batch stays. Reads on this connection in between see the batch's writes a moment early.
class GroupCommit : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxBatch = 128;

    using Writer = std::function<void(QHttpServerResponder &responder, const ApiReply &reply)>;
    explicit GroupCommit(Writer write, QObject *parent = nullptr);
    ~GroupCommit() override;

    // Opens the batch if none is open. False when the database refused to begin.
    bool begin();
    // Holds the answer of a write that ran inside the batch until the batch commits; `ifLost` is sent
    // instead when the commit fails.
    void hold(QHttpServerResponder &&responder, const ApiReply &reply, const ApiReply &ifLost);
    void flush();
    // Runs `then` once the open batch is durable (at once when none is open); dropped if it fails.
    void afterCommit(std::function<void()> then);

private:
    struct Held
    {
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;
        ApiReply reply;
        ApiReply ifLost;
    };

    Writer m_write;
    std::vector<std::function<void()>> m_afterCommit;

    std::unique_ptr<Transaction> m_batch;
    std::vector<Held> m_held;
    QTimer m_deadline; // commits within a few milliseconds even while the loop stays busy
};

} // namespace loyalty::server
