// Settings: the language switches at once, without a restart, in the open windows too; clearing the
// cache asks first and a "Cancel" keeps it.
#include "cache/MemberCache.h"
#include "client/MemoryTokenStore.h"
#include "ui/ConsoleServices.h"
#include "ui/MainWindow.h"
#include "ui/MembersPane.h"
#include "ui/Prompt.h"
#include "ui/SettingsDialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace loyalty;

class tst_SettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void languageSwitchesWithoutRestart();
    void clearCacheAsksFirst();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ConsoleServices> m_services;
};

void tst_SettingsDialog::init()
{
    auto settings = std::make_unique<ConsoleSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
    settings->setLanguage(QStringLiteral("en"));
    settings->setCacheDirectory(m_dir.filePath(QStringLiteral("cache")));
    m_services = std::make_unique<ConsoleServices>(std::move(settings), std::make_unique<MemoryTokenStore>());
    m_services->language().apply(QStringLiteral("en"));
    QVERIFY(m_services->openCache());
}

void tst_SettingsDialog::languageSwitchesWithoutRestart()
{
    MainWindow window(*m_services);
    window.show();
    QCOMPARE(window.windowTitle(), QStringLiteral("Loyalty Console"));
    QVERIFY(window.membersPane()->searchEdit()->placeholderText().startsWith(QStringLiteral("Search")));

    SettingsDialog dialog(*m_services, &window);
    // The open window speaks the new language at once: its title is the catalogue's translation.
    auto translatedTitle = [] {
        return QCoreApplication::translate("loyalty::MainWindow", "Loyalty Console");
    };
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("zh_CN")));
    QCOMPARE(m_services->settings().language(), QStringLiteral("zh_CN"));
    QCOMPARE(m_services->client().language(), QStringLiteral("zh_CN")); // server sentences follow
    QVERIFY2(translatedTitle() != QLatin1String("Loyalty Console"), "zh_CN catalogue lacks the window title");
    QTRY_COMPARE(window.windowTitle(), translatedTitle());
    QVERIFY(window.membersPane()->searchEdit()->placeholderText().contains(QStringLiteral("搜索")));

    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("zh_TW")));
    QTRY_COMPARE(window.windowTitle(), translatedTitle());
    dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("en")));
    QTRY_COMPARE(window.windowTitle(), QStringLiteral("Loyalty Console"));
}

void tst_SettingsDialog::clearCacheAsksFirst()
{
    Member member;
    member.id = 7;
    member.memberNo = QStringLiteral("8800000007");
    member.name = QStringLiteral("周杰");
    member.phone = QStringLiteral("137****0007");
    QVERIFY(m_services->memberCache()->storeMembers({member}, QDateTime::currentDateTime()));
    SettingsDialog dialog(*m_services);

    Prompt::setNextAnswer(QMessageBox::Cancel);
    dialog.clearCacheButton()->click();
    QVERIFY(m_services->memberCache()->member(7).has_value());

    Prompt::setNextAnswer(QMessageBox::Yes);
    dialog.clearCacheButton()->click();
    QVERIFY(!m_services->memberCache()->member(7).has_value());
}

QTEST_MAIN(tst_SettingsDialog)
#include "tst_settingsdialog.moc"
