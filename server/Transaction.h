#pragma once

namespace loyalty::server {

// A write transaction on this thread's connection. SQLite: BEGIN IMMEDIATE takes the write lock up
// front, so two writers never both read a balance and then fail to upgrade. Rolls back unless
// commit() succeeded.
//
// Transactions nest: one opened while another is open on the same thread is a SAVEPOINT inside it,
// so a service's write can run inside a group commit (GroupCommit) and still roll back alone. Its
// commit() then only releases the savepoint: the outer transaction decides durability.
class Transaction
{
public:
    Transaction();
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    // Background work (jobs) calls this on its thread: its transactions then wait while a request's
    // transaction waits for the write lock, so a long run cannot starve the API (SQLite's lock is not
    // fair: a waiter sleeps while the runner takes the lock again at once).
    static void yieldToOthersOnThisThread();

    bool isActive() const { return m_active; }
    bool isNested() const { return m_depth > 1; }
    bool commit();
    void rollback();

private:
    bool m_active = false;
    int m_depth = 0; // 1: the outermost
};

} // namespace loyalty::server
