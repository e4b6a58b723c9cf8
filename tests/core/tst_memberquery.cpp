#include "core/MemberQuery.h"

#include <QTest>

using loyalty::MemberQuery;

class tst_MemberQuery : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
};

void tst_MemberQuery::parse_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("term");

    QTest::addRow("empty") << QString() << int(MemberQuery::Kind::All) << QString();
    QTest::addRow("blank") << QStringLiteral("   ") << int(MemberQuery::Kind::All) << QString();
    QTest::addRow("whole phone") << QStringLiteral("13812345678") << int(MemberQuery::Kind::Phone)
                                 << QStringLiteral("13812345678");
    QTest::addRow("phone with spaces")
        << QStringLiteral("138 1234 5678") << int(MemberQuery::Kind::Phone) << QStringLiteral("13812345678");
    QTest::addRow("phone with +86") << QStringLiteral("+86 138-1234-5678") << int(MemberQuery::Kind::Phone)
                                    << QStringLiteral("13812345678");
    QTest::addRow("last four") << QStringLiteral(" 5678 ") << int(MemberQuery::Kind::PhoneLast4)
                               << QStringLiteral("5678");
    QTest::addRow("member number") << QStringLiteral("8800012345") << int(MemberQuery::Kind::MemberNo)
                                   << QStringLiteral("8800012345");
    QTest::addRow("chinese name") << QStringLiteral("张伟") << int(MemberQuery::Kind::NamePrefix)
                                  << QStringLiteral("张伟");
    QTest::addRow("surname only") << QStringLiteral("  王 ") << int(MemberQuery::Kind::NamePrefix)
                                  << QStringLiteral("王");
}

void tst_MemberQuery::parse()
{
    QFETCH(QString, typed);
    QFETCH(int, kind);
    QFETCH(QString, term);
    const MemberQuery query = MemberQuery::parse(typed);
    QCOMPARE(int(query.kind), kind);
    QCOMPARE(query.term, term);
}

QTEST_GUILESS_MAIN(tst_MemberQuery)
#include "tst_memberquery.moc"
