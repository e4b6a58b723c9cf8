// The Mall pane through its widgets against a real server, signed in as operations: filtering by
// category and by low stock shows exactly the server's rows for that filter; an item is created in the
// editor (a missing points price is said next to its field first and nothing is sent; then fixed, with a
// tier price, an initial stock and a picture chosen from a file, uploaded after the save); its stock is
// adjusted with a reason (a missing reason said inline first) and the movement shows in the history with
// the new stock; a correction below zero shows the server's sentence next to the change and moves
// nothing; a support agent reads the catalogue without any write action; a double click edits the item
// (renamed, its picture removed); and a save someone else's overtook is said, nothing overwritten.
#include "core/IsoTime.h"
#include "models/MallItemModel.h"
#include "models/StockMovementModel.h"
#include "support/TestConsole.h"
#include "support/TestHttp.h"
#include "support/TestServer.h"
#include "ui/ConsoleServices.h"
#include "ui/ItemEditor.h"
#include "ui/MallItemView.h"
#include "ui/MallPane.h"
#include "ui/StockDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>

using namespace loyalty;
using loyalty::test::HttpReply;
using loyalty::test::TestHttp;
using loyalty::test::TestServer;

class tst_MallPane : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void filterByCategoryAndLowStock();
    void createItemInTheEditor();
    void adjustStockWithReason();
    void correctionBelowZeroChangesNothing();
    void supportSeesNoWriteActions();
    void editByDoubleClickRemovesTheImage();
    void staleSaveIsSaid();

private:
    std::unique_ptr<TestHttp> http();
    qint64 createItem(const QJsonObject &fields);
    // Every item the server lists for a query ("category=coupon"), by id.
    QList<qint64> serverIds(const QString &query);
    static QList<qint64> shownIds(MallPane &pane);
    void loadAll(MallPane &pane);
    QJsonObject serverItem(qint64 id);

    TestServer m_server;
    QTemporaryDir m_home;
    std::unique_ptr<ConsoleServices> m_services;
    std::unique_ptr<MallPane> m_pane;
    qint64 m_lowCoupon = 0;
    qint64 m_plentyGift = 0;
    qint64 m_created = 0;
};

std::unique_ptr<TestHttp> tst_MallPane::http()
{
    auto http = std::make_unique<TestHttp>(m_server.baseUrl());
    http->login(QStringLiteral("olga"), QString::fromLatin1(TestServer::kPassword));
    return http;
}

qint64 tst_MallPane::createItem(const QJsonObject &fields)
{
    QJsonObject body{
        {QStringLiteral("description"), QString()},
        {QStringLiteral("cashPrice"), 0},
        {QStringLiteral("tierPrices"), QJsonArray()},
        {QStringLiteral("minTierRank"), 1},
        {QStringLiteral("perMemberLimit"), 0},
        {QStringLiteral("periodLimit"),
         QJsonObject{{QStringLiteral("count"), 0}, {QStringLiteral("period"), QStringLiteral("month")}}},
        {QStringLiteral("status"), QStringLiteral("on")}};
    for (auto it = fields.begin(); it != fields.end(); ++it)
        body.insert(it.key(), it.value());
    const HttpReply reply = http()->post(QStringLiteral("/v1/items"), body);
    if (reply.status != 201)
        qWarning() << reply.status << reply.body;
    return reply.status == 201 ? reply.json.value(QStringLiteral("id")).toInteger() : 0;
}

QList<qint64> tst_MallPane::serverIds(const QString &query)
{
    auto client = http();
    QList<qint64> ids;
    QString cursor;
    do {
        QString path = QStringLiteral("/v1/items?limit=500&") + query;
        if (!cursor.isEmpty())
            path += QStringLiteral("&cursor=") + QString::fromLatin1(QUrl::toPercentEncoding(cursor));
        const HttpReply reply = client->get(path);
        if (reply.status != 200)
            return {};
        for (const QJsonValue &item : reply.json.value(QStringLiteral("items")).toArray())
            ids.append(item.toObject().value(QStringLiteral("id")).toInteger());
        cursor = reply.json.value(QStringLiteral("nextCursor")).toString();
    } while (!cursor.isEmpty());
    return ids;
}

QJsonObject tst_MallPane::serverItem(qint64 id)
{
    return http()->get(QStringLiteral("/v1/items/%1").arg(id)).json;
}

QList<qint64> tst_MallPane::shownIds(MallPane &pane)
{
    QList<qint64> ids;
    for (int row = 0; row < pane.listModel()->rowCount(); ++row)
        ids.append(pane.listModel()->itemAt(row).id());
    return ids;
}

void tst_MallPane::loadAll(MallPane &pane)
{
    QTRY_VERIFY_WITH_TIMEOUT(!pane.listModel()->isLoading(), 10000);
    while (pane.listModel()->canFetchMore({})) {
        pane.listModel()->fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(!pane.listModel()->isLoading(), 10000);
    }
    QVERIFY2(pane.listModel()->lastError().isEmpty(), qPrintable(pane.listModel()->lastError()));
}

void tst_MallPane::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_server.seedDemo(30));
    QVERIFY(m_server.createUser(QStringLiteral("olga"), QStringLiteral("operator")));
    QVERIFY(m_server.createUser(QStringLiteral("sam"), QStringLiteral("support")));
    QVERIFY(m_server.start());
    // One coupon low on stock and one gift with plenty, whatever the demo catalogue holds.
    m_lowCoupon = createItem({{QStringLiteral("name"), QStringLiteral("测试咖啡券")},
                              {QStringLiteral("category"), QStringLiteral("coupon")},
                              {QStringLiteral("pointsPrice"), 500},
                              {QStringLiteral("lowStockThreshold"), 5},
                              {QStringLiteral("initialStock"), 2}});
    QVERIFY(m_lowCoupon > 0);
    m_plentyGift = createItem({{QStringLiteral("name"), QStringLiteral("Test umbrella")},
                               {QStringLiteral("category"), QStringLiteral("physicalGift")},
                               {QStringLiteral("pointsPrice"), 3000},
                               {QStringLiteral("lowStockThreshold"), 5},
                               {QStringLiteral("initialStock"), 80}});
    QVERIFY(m_plentyGift > 0);

    m_services = test::makeConsoleServices(m_home.path(), QStringLiteral("olga"));
    QVERIFY(test::signInConsole(*m_services, m_server.baseUrl(), QStringLiteral("olga")));
    QVERIFY(m_services->session().user().can(Permission::MallManage));
    m_pane = std::make_unique<MallPane>(*m_services);
    m_pane->setUser(m_services->session().user());
    m_pane->resize(1200, 760);
    m_pane->show();
    m_pane->refresh();
    loadAll(*m_pane);
    QCOMPARE(shownIds(*m_pane), serverIds(QString()));
}

void tst_MallPane::cleanupTestCase()
{
    m_pane.reset();
    QThreadPool::globalInstance()->waitForDone();
    m_services.reset();
}

void tst_MallPane::filterByCategoryAndLowStock()
{
    MallPane &pane = *m_pane;
    QComboBox *category = pane.categoryCombo();
    const int coupons = category->findData(QStringLiteral("coupon"));
    QVERIFY(coupons > 0);
    category->setCurrentIndex(coupons);
    Q_EMIT category->activated(coupons);
    loadAll(pane);
    QList<qint64> shown = shownIds(pane);
    QCOMPARE(shown, serverIds(QStringLiteral("category=coupon")));
    QVERIFY(shown.contains(m_lowCoupon));
    QVERIFY(!shown.contains(m_plentyGift));
    for (int row = 0; row < pane.listModel()->rowCount(); ++row)
        QCOMPARE(pane.listModel()->index(row, MallItemModel::CategoryColumn).data().toString(),
                 QStringLiteral("Coupon"));

    // Low stock on top of the category, then alone: the server's rows, every one highlighted.
    pane.lowStockCheck()->click();
    QVERIFY(pane.lowStockCheck()->isChecked());
    loadAll(pane);
    QCOMPARE(shownIds(pane), serverIds(QStringLiteral("category=coupon&lowStock=true")));
    QVERIFY(shownIds(pane).contains(m_lowCoupon));
    category->setCurrentIndex(0);
    Q_EMIT category->activated(0);
    loadAll(pane);
    shown = shownIds(pane);
    QCOMPARE(shown, serverIds(QStringLiteral("lowStock=true")));
    QVERIFY(shown.contains(m_lowCoupon));
    QVERIFY(!shown.contains(m_plentyGift));
    for (int row = 0; row < pane.listModel()->rowCount(); ++row) {
        const QModelIndex stock = pane.listModel()->index(row, MallItemModel::StockColumn);
        QVERIFY(stock.data(MallItemModel::LowStockRole).toBool());
        QVERIFY(stock.data(Qt::BackgroundRole).isValid());
    }
    pane.lowStockCheck()->setChecked(false);
    loadAll(pane);
    QCOMPARE(shownIds(pane), serverIds(QString()));
}

void tst_MallPane::createItemInTheEditor()
{
    MallPane &pane = *m_pane;
    QVERIFY(pane.newAction()->isVisible());
    QVERIFY(pane.newAction()->isEnabled());
    const int itemsBefore = int(serverIds(QString()).size());
    // A picture to upload.
    const QString imagePath = m_home.filePath(QStringLiteral("mug.png"));
    QImage picture(96, 64, QImage::Format_RGB32);
    picture.fill(QColor(0x2e, 0x86, 0xc1));
    QVERIFY(picture.save(imagePath, "PNG"));

    QString pointsError;
    QString leftOpen;
    bool sentNothing = false;
    bool previewShown = false;
    bool filled = false;
    QTimer::singleShot(0, this, [&] {
        auto *editor = qobject_cast<ItemEditor *>(QApplication::activeModalWidget());
        QVERIFY(editor);
        // Never hang on a dialog left open; say what it showed.
        QTimer::singleShot(30000, editor, [editor, &leftOpen] {
            for (QLabel *label : editor->findChildren<QLabel *>()) {
                if (label->objectName().endsWith(QStringLiteral("Error")) && !label->isHidden())
                    leftOpen +=
                        label->objectName() + QStringLiteral(": ") + label->text() + QLatin1Char('\n');
            }
            leftOpen += editor->generalErrorLabel()->text();
            editor->reject();
        });
        QVERIFY(editor->isNew());
        editor->nameEdit()->insert(QStringLiteral("Enamel mug 搪瓷杯")); // QTest types ASCII only
        editor->categoryBox()->setCurrentIndex(
            editor->categoryBox()->findData(QStringLiteral("physicalGift")));
        // No points price yet: said next to the field, nothing sent.
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        pointsError = editor->fieldError(QStringLiteral("pointsPrice"));
        sentNothing = editor->isVisible() && editor->fieldError(QStringLiteral("name")).isEmpty();
        editor->pointsBox()->setValue(30000);
        editor->cashBox()->setValue(99); // 399 yuan in all: points may pay 80%
        editor->addTierPrice(2, 27000);
        editor->perMemberBox()->setValue(2);
        editor->thresholdBox()->setValue(3);
        editor->initialStockBox()->setValue(10);
        ItemEditor::setNextImagePath(imagePath);
        QTest::mouseClick(editor->chooseImageButton(), Qt::LeftButton);
        previewShown = !editor->imagePreview()->pixmap().isNull();
        filled = true;
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    });
    pane.newAction()->trigger();
    QVERIFY(filled);
    QVERIFY2(leftOpen.isEmpty(), qPrintable(leftOpen));
    QCOMPARE(pointsError, QStringLiteral("The points price must be from 1 to 10,000,000 points."));
    QVERIFY(sentNothing);
    QVERIFY(previewShown);

    // The editor closed on the server's answer: the new item is on top, selected, with its picture.
    const QList<qint64> ids = serverIds(QString());
    QCOMPARE(ids.size(), itemsBefore + 1); // one item: the refused try sent nothing
    m_created = ids.first();
    QCOMPARE(pane.selectedItem().id(), m_created);
    QCOMPARE(pane.listModel()->itemAt(0).id(), m_created);
    QVERIFY(pane.messageLabel()->text().contains(QStringLiteral("Enamel mug 搪瓷杯")));
    const QJsonObject saved = serverItem(m_created);
    QCOMPARE(saved.value(QStringLiteral("name")).toString(), QStringLiteral("Enamel mug 搪瓷杯"));
    QCOMPARE(saved.value(QStringLiteral("category")).toString(), QStringLiteral("physicalGift"));
    QCOMPARE(saved.value(QStringLiteral("pointsPrice")).toInt(), 30000);
    QCOMPARE(saved.value(QStringLiteral("cashPrice")).toInt(), 9900); // typed in yuan, kept in fen
    QCOMPARE(saved.value(QStringLiteral("perMemberLimit")).toInt(), 2);
    QCOMPARE(saved.value(QStringLiteral("stock")).toInt(), 10);
    const QJsonArray tierPrices = saved.value(QStringLiteral("tierPrices")).toArray();
    QCOMPARE(tierPrices.size(), 1);
    QCOMPARE(tierPrices.at(0).toObject().value(QStringLiteral("points")).toInt(), 27000);
    const QJsonObject image = saved.value(QStringLiteral("image")).toObject();
    QCOMPARE(image.value(QStringLiteral("contentType")).toString(), QStringLiteral("image/png"));
    QVERIFY(image.value(QStringLiteral("url"))
                .toString()
                .startsWith(QStringLiteral("/v1/items/%1/image").arg(m_created)));

    MallItemView *view = pane.itemView();
    QCOMPARE(view->shownItem().id(), m_created);
    QTRY_VERIFY_WITH_TIMEOUT(view->hasImageShown(), 10000);
    QVERIFY(view->priceLabel()->text().contains(QStringLiteral("30,000 points + ¥99.00")));
    QVERIFY(view->stockLabel()->text().contains(QStringLiteral("10")));
    QTRY_COMPARE_WITH_TIMEOUT(view->movementModel()->rowCount(), 1, 10000); // the initial stock
}

void tst_MallPane::adjustStockWithReason()
{
    MallPane &pane = *m_pane;
    QVERIFY(m_created > 0);
    QVERIFY(pane.selectItem(m_created));
    QVERIFY(pane.stockAction()->isEnabled());
    QString reasonError;
    bool filled = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<StockDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QTimer::singleShot(30000, dialog, &QDialog::reject);
        dialog->setKind(StockMovementKind::Inbound);
        dialog->deltaBox()->setValue(5);
        QCOMPARE(dialog->resultLabel()->text(), QStringLiteral("15"));
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        reasonError =
            dialog->reasonErrorLabel()->isVisible() ? dialog->reasonErrorLabel()->text() : QString();
        dialog->reasonEdit()->insert(QStringLiteral("到货 delivery 7781"));
        filled = true;
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    });
    pane.stockAction()->trigger();
    QVERIFY(filled);
    QCOMPARE(reasonError, QStringLiteral("Say why the stock changes."));

    QCOMPARE(serverItem(m_created).value(QStringLiteral("stock")).toInt(), 15);
    const int row = pane.listModel()->rowOfItem(m_created);
    QCOMPARE(pane.listModel()->index(row, MallItemModel::StockColumn).data().toString(),
             QStringLiteral("15"));
    QVERIFY(pane.messageLabel()->text().contains(QStringLiteral("15")));
    MallItemView *view = pane.itemView();
    QVERIFY(view->stockLabel()->text().startsWith(QStringLiteral("Stock: 15")));
    StockMovementModel *history = view->movementModel();
    QTRY_VERIFY_WITH_TIMEOUT(!history->isLoading() && history->rowCount() == 2, 10000);
    QCOMPARE(history->index(0, StockMovementModel::KindColumn).data().toString(), QStringLiteral("Inbound"));
    QCOMPARE(history->index(0, StockMovementModel::DeltaColumn).data().toString(), QStringLiteral("+5"));
    QCOMPARE(history->index(0, StockMovementModel::AfterColumn).data().toString(), QStringLiteral("15"));
    QCOMPARE(history->index(0, StockMovementModel::ReasonColumn).data().toString(),
             QStringLiteral("到货 delivery 7781"));
    QCOMPARE(history->index(0, StockMovementModel::ActorColumn).data().toString(), QStringLiteral("olga"));
}

void tst_MallPane::correctionBelowZeroChangesNothing()
{
    MallPane &pane = *m_pane;
    QVERIFY(pane.selectItem(m_created));
    const int movementsBefore = pane.itemView()->movementModel()->rowCount();
    QString deltaError;
    QString result;
    bool stillOpen = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<StockDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QTimer::singleShot(30000, dialog, &QDialog::reject);
        dialog->setKind(StockMovementKind::Correction);
        dialog->deltaBox()->setValue(-20);
        result = dialog->resultLabel()->text();
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("stock count"));
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->applyButton()->isEnabled() && dialog->deltaErrorLabel()->isVisible(),
                                 10000);
        deltaError = dialog->deltaErrorLabel()->text();
        stillOpen = dialog->isVisible();
        dialog->reject();
    });
    pane.stockAction()->trigger();
    QCOMPARE(result, QStringLiteral("-5"));
    QVERIFY(stillOpen);
    // The server's own sentence, as it answers the same change.
    const HttpReply refused = http()->post(QStringLiteral("/v1/items/%1/stock").arg(m_created),
                                           {{QStringLiteral("delta"), -20},
                                            {QStringLiteral("reason"), QStringLiteral("stock count")},
                                            {QStringLiteral("kind"), QStringLiteral("correction")}},
                                           "below-zero-check");
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.errorCode(), QStringLiteral("stock_negative"));
    QCOMPARE(
        deltaError,
        refused.json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString());
    QVERIFY(pane.messageLabel()->text().isEmpty() || pane.messageLabel()->isHidden());
    QCOMPARE(serverItem(m_created).value(QStringLiteral("stock")).toInt(), 15);
    const int row = pane.listModel()->rowOfItem(m_created);
    QCOMPARE(pane.listModel()->index(row, MallItemModel::StockColumn).data().toString(),
             QStringLiteral("15"));
    const QJsonArray movements = http()
                                     ->get(QStringLiteral("/v1/items/%1/stock-movements").arg(m_created))
                                     .json.value(QStringLiteral("items"))
                                     .toArray();
    QCOMPARE(movements.size(), movementsBefore);
}

void tst_MallPane::supportSeesNoWriteActions()
{
    QTemporaryDir home;
    auto services = test::makeConsoleServices(home.path(), QStringLiteral("sam"));
    QVERIFY(test::signInConsole(*services, m_server.baseUrl(), QStringLiteral("sam")));
    QVERIFY(services->session().user().can(Permission::MallRead));
    QVERIFY(!services->session().user().can(Permission::MallManage));
    MallPane pane(*services);
    pane.setUser(services->session().user());
    pane.show();
    pane.refresh();
    loadAll(pane);
    QCOMPARE(shownIds(pane), serverIds(QString()));
    QVERIFY(pane.selectItem(m_created));
    for (QAction *action : {pane.newAction(), pane.editAction(), pane.stockAction()}) {
        QVERIFY(!action->isVisible());
        QVERIFY(!action->isEnabled());
    }
    QVERIFY(pane.exportAction()->isEnabled());
    // A double click opens nothing.
    const QModelIndex index = pane.listModel()->index(pane.listModel()->rowOfItem(m_created), 0);
    Q_EMIT pane.listView()->doubleClicked(index);
    QVERIFY(!QApplication::activeModalWidget());
    QCOMPARE(pane.itemView()->shownItem().id(), m_created);
    QTRY_VERIFY_WITH_TIMEOUT(pane.itemView()->hasImageShown(), 10000); // the picture is read with mall.read
}

void tst_MallPane::editByDoubleClickRemovesTheImage()
{
    MallPane &pane = *m_pane;
    QVERIFY(pane.selectItem(m_created));
    const int versionBefore = serverItem(m_created).value(QStringLiteral("version")).toInt();
    QString nameShown;
    bool filled = false;
    QTimer::singleShot(0, this, [&] {
        auto *editor = qobject_cast<ItemEditor *>(QApplication::activeModalWidget());
        QVERIFY(editor);
        QTimer::singleShot(30000, editor, &QDialog::reject);
        QVERIFY(!editor->isNew());
        QVERIFY(editor->initialStockBox()->isHidden()); // stock changes only through Adjust stock
        nameShown = editor->nameEdit()->text();
        QCOMPARE(editor->pointsBox()->value(), 30000);
        QCOMPARE(editor->cashBox()->value(), 99.0);
        QCOMPARE(editor->tierPriceTable()->rowCount(), 1);
        QVERIFY(editor->removeImageButton()->isEnabled());
        QTest::mouseClick(editor->removeImageButton(), Qt::LeftButton);
        QVERIFY(!editor->removeImageButton()->isEnabled());
        editor->nameEdit()->setText(QStringLiteral("Blue enamel mug"));
        filled = true;
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
    });
    const QModelIndex index = pane.listModel()->index(pane.listModel()->rowOfItem(m_created), 0);
    Q_EMIT pane.listView()->doubleClicked(index);
    QVERIFY(filled);
    QCOMPARE(nameShown, QStringLiteral("Enamel mug 搪瓷杯"));
    const QJsonObject saved = serverItem(m_created);
    QCOMPARE(saved.value(QStringLiteral("name")).toString(), QStringLiteral("Blue enamel mug"));
    QVERIFY(saved.value(QStringLiteral("image")).isNull());
    QVERIFY(saved.value(QStringLiteral("version")).toInt() > versionBefore);
    QCOMPARE(saved.value(QStringLiteral("stock")).toInt(), 15);
    const int row = pane.listModel()->rowOfItem(m_created);
    QCOMPARE(pane.listModel()->index(row, MallItemModel::NameColumn).data().toString(),
             QStringLiteral("Blue enamel mug"));
    QCOMPARE(pane.itemView()->titleLabel()->text(), QStringLiteral("Blue enamel mug"));
    QVERIFY(!pane.itemView()->hasImageShown());
    QCOMPARE(pane.itemView()->imageLabel()->text(), QStringLiteral("No image"));
}

void tst_MallPane::staleSaveIsSaid()
{
    MallPane &pane = *m_pane;
    QVERIFY(pane.selectItem(m_created));
    QString refusal;
    bool stillOpen = false;
    QTimer::singleShot(0, this, [&] {
        auto *editor = qobject_cast<ItemEditor *>(QApplication::activeModalWidget());
        QVERIFY(editor);
        QTimer::singleShot(30000, editor, &QDialog::reject);
        // Someone else saves the item while this editor is open.
        const int version = serverItem(m_created).value(QStringLiteral("version")).toInt();
        const HttpReply other = http()->send(
            "PATCH", QStringLiteral("/v1/items/%1").arg(m_created),
            QJsonDocument(QJsonObject{{QStringLiteral("version"), version},
                                      {QStringLiteral("name"), QStringLiteral("Mug (someone else)")}})
                .toJson(),
            {{"Content-Type", "application/json"}});
        QCOMPARE(other.status, 200);
        editor->nameEdit()->setText(QStringLiteral("Mug (mine)"));
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(editor->generalErrorLabel()->isVisible(), 10000);
        refusal = editor->generalErrorLabel()->text();
        stillOpen = editor->isVisible();
        editor->reject();
    });
    pane.editAction()->trigger();
    QVERIFY(stillOpen);
    QVERIFY2(refusal.startsWith(QStringLiteral("Someone else changed this item")), qPrintable(refusal));
    QCOMPARE(serverItem(m_created).value(QStringLiteral("name")).toString(),
             QStringLiteral("Mug (someone else)"));
}

QTEST_MAIN(tst_MallPane)
#include "tst_mallpane.moc"
