#include "core/PermissionTable.h"

#include <QTest>

using namespace loyalty;

class tst_PermissionTable : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void allows_data();
    void allows();
    void namesRoundTrip();
};

void tst_PermissionTable::allows_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("permission");
    QTest::addColumn<bool>("allowed");
    // The operations role configures the programme; it may look members up but not move points.
    QTest::addRow("operator reads members") << "operator"
                                            << "members.read" << true;
    QTest::addRow("operator cannot adjust") << "operator"
                                            << "points.adjust" << false;
    QTest::addRow("operator cannot reveal") << "operator"
                                            << "members.reveal" << false;
    QTest::addRow("support adjusts") << "support"
                                     << "points.adjust" << true;
    QTest::addRow("support reveals") << "support"
                                     << "members.reveal" << true;
    QTest::addRow("support no audit") << "support"
                                      << "audit.read" << false;
    QTest::addRow("manager audit") << "manager"
                                   << "audit.read" << true;
    QTest::addRow("manager no users") << "manager"
                                      << "users.manage" << false;
    QTest::addRow("admin users") << "admin"
                                 << "users.manage" << true;
    QTest::addRow("support freezes") << "support"
                                     << "members.freeze" << true;
    QTest::addRow("operator cannot freeze") << "operator"
                                            << "members.freeze" << false;
    QTest::addRow("support sets tier") << "support"
                                       << "members.tier" << true;
    QTest::addRow("support notes") << "support"
                                   << "members.note" << true;
    QTest::addRow("support cannot blacklist") << "support"
                                              << "members.blacklist" << false;
    QTest::addRow("manager blacklists") << "manager"
                                        << "members.blacklist" << true;
    QTest::addRow("support cannot approve") << "support"
                                            << "approvals.decide" << false;
    QTest::addRow("manager approves") << "manager"
                                      << "approvals.decide" << true;
    QTest::addRow("support cannot run jobs") << "support"
                                             << "jobs.run" << false;
    QTest::addRow("support reads a member's trail") << "support"
                                                    << "members.audit" << true;
    QTest::addRow("operator cannot read a member's trail") << "operator"
                                                           << "members.audit" << false;
    QTest::addRow("admin runs jobs") << "admin"
                                     << "jobs.run" << true;
    QTest::addRow("operator manages the tier ladder") << "operator"
                                                      << "tiers.manage" << true;
    QTest::addRow("support does not change the ladder") << "support"
                                                        << "tiers.manage" << false;
    QTest::addRow("manager does not change the ladder") << "manager"
                                                        << "tiers.manage" << false;
    QTest::addRow("only admin posts activity by hand") << "manager"
                                                       << "events.post" << false;
    QTest::addRow("admin posts activity") << "admin"
                                          << "events.post" << true;
    QTest::addRow("support sees the catalogue") << "support"
                                                << "mall.read" << true;
    QTest::addRow("operator runs the catalogue") << "operator"
                                                 << "mall.manage" << true;
    QTest::addRow("support does not edit the catalogue") << "support"
                                                         << "mall.manage" << false;
    QTest::addRow("support handles redemptions") << "support"
                                                 << "redemptions.handle" << true;
    QTest::addRow("operator does not refund redemptions") << "operator"
                                                          << "redemptions.handle" << false;
}

void tst_PermissionTable::allows()
{
    QFETCH(QString, role);
    QFETCH(QString, permission);
    QFETCH(bool, allowed);
    Role r;
    Permission p;
    QVERIFY(roleFromString(role, &r));
    QVERIFY(permissionFromString(permission, &p));
    QCOMPARE(PermissionTable::allows(r, p), allowed);
    QCOMPARE(PermissionTable::permissionNames(r).contains(permission), allowed);
}

void tst_PermissionTable::namesRoundTrip()
{
    for (Permission p : kAllPermissions) {
        Permission back;
        QVERIFY(permissionFromString(permissionToString(p), &back));
        QCOMPARE(back, p);
    }
    Role role;
    QVERIFY(!roleFromString(QStringLiteral("root"), &role));
}

QTEST_GUILESS_MAIN(tst_PermissionTable)
#include "tst_permissiontable.moc"
