#include "client/KeychainTokenStore.h"

#include "client/ClientLogging.h"

#include <qt6keychain/keychain.h>

namespace loyalty {

KeychainTokenStore::KeychainTokenStore(const QString &service, QObject *parent)
    : TokenStore(parent), m_service(service)
{
}

void KeychainTokenStore::save(const QString &account, const QByteArray &token)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(account);
    job->setBinaryData(token);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) {
        const bool ok = finished->error() == QKeychain::NoError;
        if (!ok)
            qCWarning(lcClientAuth) << "keychain write failed:" << finished->errorString();
        Q_EMIT saved(ok, ok ? QString() : finished->errorString());
    });
    job->start();
}

void KeychainTokenStore::load(const QString &account)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (read->error() == QKeychain::EntryNotFound) {
            Q_EMIT loaded({}, {});
        } else if (read->error() != QKeychain::NoError) {
            qCWarning(lcClientAuth) << "keychain read failed:" << read->errorString();
            Q_EMIT loaded({}, read->errorString());
        } else {
            Q_EMIT loaded(read->binaryData(), {});
        }
    });
    job->start();
}

void KeychainTokenStore::remove(const QString &account)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setKey(account);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) {
        const bool ok =
            finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
        Q_EMIT removed(ok, ok ? QString() : finished->errorString());
    });
    job->start();
}

} // namespace loyalty
