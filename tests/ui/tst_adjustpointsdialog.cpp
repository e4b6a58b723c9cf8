// The adjust dialog against a real server: a double click posts once, the server's refusal is shown
// inline and the dialog stays open, and a retry after a refusal reuses the same idempotency key.
#include "client/ApiClient.h"
#include "client/ConnectionMonitor.h"
#include "client/MemberJob.h"
#include "client/MemberSearchJob.h"
#include "models/MemberRepository.h"
#include "support/SignedInClient.h"
#include "support/TestServer.h"
#include "ui/AdjustPointsDialog.h"
#include "ui/LanguageSwitcher.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace loyalty;
using loyalty::test::TestServer;

class tst_AdjustPointsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void doubleClickPostsOnce();
    void refusalShownInline();

private:
    Member fetchMember(qint64 id);

    TestServer m_server;
    ApiClient m_client;
    std::unique_ptr<ConnectionMonitor> m_connection;
    std::unique_ptr<MemberRepository> m_members;
    Member m_member;
};

Member tst_AdjustPointsDialog::fetchMember(qint64 id)
{
    auto *job = new MemberJob(&m_client, id);
    QSignalSpy done(job, &ApiJob::finished);
    job->start();
    done.wait(10000);
    return job->member();
}

void tst_AdjustPointsDialog::initTestCase()
{
    LanguageSwitcher language;
    language.apply(QStringLiteral("en"));
    QVERIFY(m_server.seedDemo(5));
    QVERIFY(m_server.createUser(QStringLiteral("agent"), QStringLiteral("support")));
    QVERIFY(m_server.start());
    QVERIFY(test::signInClient(m_client, m_server.baseUrl(), QStringLiteral("agent")));
    m_connection = std::make_unique<ConnectionMonitor>(&m_client);
    m_members = std::make_unique<MemberRepository>(&m_client, nullptr, m_connection.get());
    auto *search = new MemberSearchJob(&m_client, QString(), QString(), 1);
    QSignalSpy done(search, &ApiJob::finished);
    search->start();
    QVERIFY(done.wait(10000));
    m_member = search->members().value(0);
}

void tst_AdjustPointsDialog::doubleClickPostsOnce()
{
    AdjustPointsDialog dialog(*m_members, m_member);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.amountBox()->setValue(30);
    dialog.reasonBox()->setCurrentIndex(dialog.reasonBox()->findData(QStringLiteral("correction")));
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    dialog.submit(); // the second click of a double click, however it arrives
    QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 10000);
    QCOMPARE(dialog.postedEntry().amount, 30);
    QTest::qWait(300);
    const Member after = fetchMember(m_member.id);
    QCOMPARE(after.balance, m_member.balance + 30);
    m_member = after;
}

void tst_AdjustPointsDialog::refusalShownInline()
{
    AdjustPointsDialog dialog(*m_members, m_member);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QByteArray key = dialog.idempotencyKey();
    dialog.amountBox()->setValue(int(-(m_member.balance + 1)));
    dialog.reasonBox()->setCurrentIndex(dialog.reasonBox()->findData(QStringLiteral("violation")));
    dialog.submit();
    QTRY_VERIFY_WITH_TIMEOUT(dialog.errorLabel()->isVisible(), 10000);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.errorLabel()->text().contains(QString::number(m_member.balance)),
             qPrintable(dialog.errorLabel()->text()));
    QVERIFY(dialog.amountBox()->hasFocus());
    QCOMPARE(dialog.idempotencyKey(), key);
    QCOMPARE(fetchMember(m_member.id).balance, m_member.balance);
}

QTEST_MAIN(tst_AdjustPointsDialog)
#include "tst_adjustpointsdialog.moc"
