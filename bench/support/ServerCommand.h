#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace loyalty::bench {

// The password of the users the benches create and sign in with.
inline const QByteArray kBenchPassword = QByteArrayLiteral("bench-Password-1");

// Runs loyalty-server (a one-shot command such as --seed-demo or --verify) to the end: its exit code,
// or -1 when it did not start or crashed.
// - channels: which of its streams reach our terminal; the benches differ on purpose (one shows the
//   seeder's progress, another keeps a command quiet), so each says which.
// - input: written to its stdin, which is then closed.
// - output: its stdout once it ended (both streams with MergedChannels).
// - echoErrors: with SeparateChannels, its stderr printed on ours once it ended (else dropped).
int runServerCommand(const QString &server, const QStringList &arguments,
                     QProcess::ProcessChannelMode channels = QProcess::ForwardedErrorChannel,
                     const QByteArray &input = {}, QByteArray *output = nullptr, bool echoErrors = false);

// `--create-user NAME --role ROLE` with kBenchPassword and cheap hashing (sign-in is not measured).
// Fails when the user exists already, as on a second run over the same data: callers ignore that.
bool createBenchUser(const QString &server, const QString &dataDir, const QString &username,
                     const QString &role, QProcess::ProcessChannelMode channels);

// Seeds demo members through `--seed-demo` until dataDir holds `members`, saying what it does.
// False (after saying so) when the seeder failed.
bool topUpDemoMembers(const QString &server, const QString &dataDir, qint64 members,
                      QProcess::ProcessChannelMode channels);

} // namespace loyalty::bench
