#pragma once

#include <QRandomGenerator>
#include <QString>

namespace loyalty::server {

// Plausible Chinese member identities for demo data: surnames weighted by how common they are,
// given names of one or two characters, and mobile numbers that are unique per index.
class DemoNames
{
public:
    static QString name(QRandomGenerator &random);
    // Distinct indexes give distinct numbers (for index < 10^8 x the number of prefixes).
    static QString phone(qint64 index);
};

} // namespace loyalty::server
