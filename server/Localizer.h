#pragma once

#include "server/ServiceError.h"

#include <QHash>
#include <QString>
#include <QTranslator>

#include <memory>

namespace loyalty::server {

// Answers each request in its own language: one QTranslator per catalogue, asked directly (never
// installed on the application, which has one language at a time). Falls back to the English
// source. Read-only after construction, so worker threads may share it.
class Localizer
{
public:
    Localizer();

    QString translate(const QString &locale, const char *context, const char *sourceText) const;
    QString message(const QString &locale, const ServiceError &error) const;

private:
    QHash<QString, std::shared_ptr<QTranslator>> m_translators;
};

} // namespace loyalty::server
