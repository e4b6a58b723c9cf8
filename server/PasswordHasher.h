#pragma once

#include <QString>

namespace loyalty::server {

// PBKDF2-HMAC-SHA256 password hashes stored as "pbkdf2-sha256$ITER$SALT_B64$HASH_B64". The count
// used to create a hash travels with it, so raising the default never locks anyone out.
class PasswordHasher
{
public:
    static constexpr int kDefaultIterations = 600000;

    explicit PasswordHasher(int iterations = kDefaultIterations) : m_iterations(iterations) {}

    int iterations() const { return m_iterations; }
    QString hash(const QString &password) const;
    // Constant-time comparison; false for anything malformed.
    static bool verify(const QString &password, const QString &stored);
    // Spends the same time as verifying a real hash of this hasher's cost, for unknown users.
    void spendVerificationTime(const QString &password) const;

private:
    int m_iterations;
};

} // namespace loyalty::server
