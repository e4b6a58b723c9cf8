#pragma once

namespace loyalty::server {

// A write transaction on this thread's connection. SQLite: BEGIN IMMEDIATE takes the write lock up
// front, so two writers never both read a balance and then fail to upgrade. Rolls back unless
// commit() succeeded.
class Transaction
{
public:
    Transaction();
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    bool commit();
    void rollback();

private:
    bool m_active = false;
};

} // namespace loyalty::server
