#include "server/HttpApi.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using loyalty::server::HttpApi;

// docs/openapi.yaml is the contract: every served route is in it, and it promises nothing unserved.
class TestOpenApi : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyServedRouteIsDocumented();
    void everyDocumentedRouteIsServed();

private:
    QSet<QString> m_documented; // "GET /v1/members/{id}"
    QSet<QString> m_served;
};

void TestOpenApi::initTestCase()
{
    QFile file(QStringLiteral(LOYALTY_OPENAPI_PATH));
    QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), LOYALTY_OPENAPI_PATH);
    // A simple reading of `paths:`: paths at two spaces, their methods at four.
    static const QRegularExpression pathLine(QStringLiteral("^  (/\\S*):\\s*$"));
    static const QRegularExpression methodLine(
        QStringLiteral("^    (get|put|post|patch|delete|head|options):\\s*$"));
    bool inPaths = false;
    QString currentPath;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).remove(QLatin1Char('\n'));
        if (!line.startsWith(QLatin1Char(' ')) && !line.trimmed().isEmpty() &&
            !line.startsWith(QLatin1Char('#'))) {
            inPaths = line.startsWith(QLatin1String("paths:"));
            continue;
        }
        if (!inPaths)
            continue;
        if (const auto match = pathLine.match(line); match.hasMatch()) {
            currentPath = match.captured(1);
        } else if (const auto method = methodLine.match(line); method.hasMatch() && !currentPath.isEmpty()) {
            m_documented.insert(method.captured(1).toUpper() + QLatin1Char(' ') + currentPath);
        }
    }
    QVERIFY(!m_documented.isEmpty());
    for (const HttpApi::RouteInfo &route : HttpApi::routes())
        m_served.insert(QString::fromLatin1(route.method) + QLatin1Char(' ') + route.pathTemplate);
}

void TestOpenApi::everyServedRouteIsDocumented()
{
    const QSet<QString> missing = m_served - m_documented;
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringList(missing.cbegin(), missing.cend()).join(QStringLiteral(", "))));
}

void TestOpenApi::everyDocumentedRouteIsServed()
{
    const QSet<QString> extra = m_documented - m_served;
    QVERIFY2(extra.isEmpty(),
             qPrintable(QStringList(extra.cbegin(), extra.cend()).join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TestOpenApi)
#include "tst_openapi.moc"
