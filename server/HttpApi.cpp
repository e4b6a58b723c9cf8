#include "server/HttpApi.h"

#include "core/AdjustmentRequest.h"
#include "core/AuditFilter.h"
#include "core/IsoTime.h"
#include "core/LedgerFilter.h"
#include "core/MemberQuery.h"
#include "core/NoteRequest.h"
#include "core/PendingRequest.h"
#include "core/PermissionTable.h"
#include "core/StatusChangeRequest.h"
#include "core/TierOverrideRequest.h"
#include "server/AdjustmentService.h"
#include "server/AfterSalesService.h"
#include "server/ApprovalService.h"
#include "server/AuditLog.h"
#include "server/AuditReader.h"
#include "server/Database.h"
#include "server/ErrorReply.h"
#include "server/EventService.h"
#include "server/IdempotencyStore.h"
#include "server/ItemImageService.h"
#include "server/ItemService.h"
#include "server/JobService.h"
#include "server/LedgerService.h"
#include "server/Localizer.h"
#include "server/Logging.h"
#include "server/LoginThrottle.h"
#include "server/LotService.h"
#include "server/MemberService.h"
#include "server/MemberStatusService.h"
#include "server/NoteService.h"
#include "server/PasswordHasher.h"
#include "server/PendingService.h"
#include "server/RedemptionService.h"
#include "server/ReversalService.h"
#include "server/StockService.h"
#include "server/TierAtRiskService.h"
#include "server/TierDraftService.h"
#include "server/TierEvaluateJob.h"
#include "server/TierLadderStore.h"
#include "server/TierOverrideService.h"
#include "server/TierService.h"
#include "server/Transaction.h"
#include "server/UserAdminService.h"
#include "server/UserService.h"
#include "translations/LoyaltyTranslations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpSocket>
#include <QUrlQuery>

#include <atomic>
#include <memory>

namespace loyalty::server {

namespace {
const QString kId = QStringLiteral("id");

ServiceError invalidJson(const char *sourceText)
{
    return {400, QStringLiteral("invalid_json"), "Server", sourceText, {}, {}};
}

// The body as a JSON object, or why not.
std::optional<ServiceError> parseObject(const QByteArray &body, QJsonObject *object)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalidJson(QT_TRANSLATE_NOOP("Server", "The request body is not valid JSON."));
    if (!document.isObject())
        return invalidJson(QT_TRANSLATE_NOOP("Server", "The request body must be a JSON object."));
    *object = document.object();
    return std::nullopt;
}

// Path ids are positive integers; anything else names nothing.
std::optional<qint64> pathId(const RequestContext &context, int index = 0)
{
    bool ok = false;
    const qint64 id = context.pathArguments.value(index).toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

std::optional<ServiceError> readLimit(const QUrlQuery &query, int *limit)
{
    *limit = MemberService::kDefaultLimit;
    if (!query.hasQueryItem(QStringLiteral("limit")))
        return std::nullopt;
    bool ok = false;
    const int value = query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || value < 1 || value > MemberService::kMaxLimit)
        return ServiceError::validation(
            QStringLiteral("limit"),
            QT_TRANSLATE_NOOP("Server", "The limit must be a number from 1 to 500."));
    *limit = value;
    return std::nullopt;
}

std::optional<ServiceError> readCursor(const QUrlQuery &query, std::optional<PageCursor> *cursor)
{
    const QString text = query.queryItemValue(QStringLiteral("cursor"), QUrl::FullyDecoded);
    if (text.isEmpty())
        return std::nullopt;
    *cursor = PageCursor::decode(text);
    if (!*cursor)
        return ServiceError::validation(
            QStringLiteral("cursor"),
            QT_TRANSLATE_NOOP("Server", "The cursor is not valid; start from the first page."));
    return std::nullopt;
}

// The Idempotency-Key of a write that moves points or stock, bound to who sent it and what they sent.
std::optional<ServiceError> readGuard(const RequestContext &context, IdempotencyGuard *guard)
{
    guard->key = QString::fromUtf8(context.request->value("Idempotency-Key")).trimmed();
    if (guard->key.size() > IdempotencyStore::kMaxKeyLength)
        return ServiceError::validation(
            QStringLiteral("Idempotency-Key"),
            QT_TRANSLATE_NOOP("Server", "The Idempotency-Key may be at most 200 characters long."));
    guard->userId = context.session.user.id;
    guard->requestHash =
        IdempotencyStore::requestHash("POST", context.request->url().path(), context.request->body());
    return std::nullopt;
}

QJsonValue cursorValue(const QString &cursor)
{
    return cursor.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(cursor);
}

// ?limit= and ?cursor=, read the same way for every list route.
struct Paging
{
    int limit = 0;
    std::optional<PageCursor> cursor;
};

std::optional<ServiceError> readPaging(const QUrlQuery &query, Paging *paging)
{
    if (auto problem = readLimit(query, &paging->limit))
        return problem;
    return readCursor(query, &paging->cursor);
}

// {items: [...], nextCursor: "..." | null} for any page of items that know their JSON.
template <typename Item> ApiReply pageReply(const QList<Item> &items, const QString &nextCursor)
{
    QJsonArray array;
    for (const Item &item : items)
        array.append(item.toJson());
    return ApiReply::json(
        200, {{QStringLiteral("items"), array}, {QStringLiteral("nextCursor"), cursorValue(nextCursor)}});
}

ServiceError forbidden()
{
    return {403,      QStringLiteral("forbidden"),
            "Server", QT_TRANSLATE_NOOP("Server", "Your role does not allow this action."),
            {},       {}};
}

// Who acts, for the audit rows and token revocations of user administration.
UserActor actorOf(const RequestContext &context)
{
    return {context.session.user, context.clientAddress, context.session.tokenHash};
}

QHttpServerRequest::Method methodFor(const char *name)
{
    const QByteArray method(name);
    if (method == "POST")
        return QHttpServerRequest::Method::Post;
    if (method == "PUT")
        return QHttpServerRequest::Method::Put;
    if (method == "PATCH")
        return QHttpServerRequest::Method::Patch;
    if (method == "DELETE")
        return QHttpServerRequest::Method::Delete;
    return QHttpServerRequest::Method::Get;
}
} // namespace

const QList<HttpApi::Route> &HttpApi::table()
{
    // Every row names its guard; tst_permissionmatrix calls each route with each role against it.
    static const QList<Route> routes{
        {"GET", "/v1/health", Guard::anyone(), &HttpApi::health},
        {"POST", "/v1/auth/login", Guard::anyone(), &HttpApi::login},
        {"POST", "/v1/auth/logout", Guard::selfService(), &HttpApi::logout},
        {"GET", "/v1/me", Guard::selfService(), &HttpApi::me},
        {"GET", "/v1/members", Guard::needs(Permission::MembersRead), &HttpApi::listMembers},
        {"GET", "/v1/members/{id}", Guard::needs(Permission::MembersRead), &HttpApi::getMember},
        {"POST", "/v1/members/{id}/reveal", Guard::needs(Permission::MembersReveal), &HttpApi::revealMember},
        {"GET", "/v1/members/{id}/ledger", Guard::needs(Permission::MembersRead), &HttpApi::memberLedger},
        {"GET", "/v1/members/{id}/lots", Guard::needs(Permission::MembersRead), &HttpApi::memberLots},
        {"POST", "/v1/members/{id}/adjustments", Guard::needs(Permission::PointsAdjust),
         &HttpApi::adjustPoints},
        {"POST", "/v1/ledger/{id}/reverse", Guard::needs(Permission::PointsAdjust), &HttpApi::reverseEntry},
        {"PATCH", "/v1/members/{id}", Guard::needs(Permission::MembersFreeze), &HttpApi::updateMember},
        {"POST", "/v1/members/{id}/blacklist", Guard::needs(Permission::MembersBlacklist),
         &HttpApi::blacklistMember},
        {"DELETE", "/v1/members/{id}/blacklist", Guard::needs(Permission::MembersBlacklist),
         &HttpApi::liftBlacklist},
        {"POST", "/v1/members/{id}/tier", Guard::needs(Permission::MembersTier), &HttpApi::setManualTier},
        {"DELETE", "/v1/members/{id}/tier", Guard::needs(Permission::MembersTier), &HttpApi::endManualTier},
        {"GET", "/v1/members/{id}/notes", Guard::needs(Permission::MembersRead), &HttpApi::memberNotes},
        {"POST", "/v1/members/{id}/notes", Guard::needs(Permission::MembersNote), &HttpApi::addNote},
        {"GET", "/v1/members/{id}/audit", Guard::needs(Permission::MembersAudit), &HttpApi::memberAudit},
        {"GET", "/v1/members/{id}/pending", Guard::needs(Permission::MembersRead), &HttpApi::memberPending},
        {"POST", "/v1/members/{id}/pending", Guard::needs(Permission::PointsAdjust), &HttpApi::addPending},
        {"POST", "/v1/pending/{id}/confirm", Guard::needs(Permission::PointsAdjust),
         &HttpApi::confirmPending},
        {"GET", "/v1/approvals", Guard::needs(Permission::ApprovalsDecide), &HttpApi::listApprovals},
        {"GET", "/v1/approvals/summary", Guard::needs(Permission::ApprovalsDecide),
         &HttpApi::approvalSummary},
        {"POST", "/v1/approvals/{id}/approve", Guard::needs(Permission::ApprovalsDecide), &HttpApi::approve},
        {"POST", "/v1/approvals/{id}/reject", Guard::needs(Permission::ApprovalsDecide), &HttpApi::reject},
        {"POST", "/v1/jobs", Guard::needs(Permission::JobsRun), &HttpApi::startJob},
        {"GET", "/v1/jobs", Guard::needs(Permission::JobsRun), &HttpApi::listJobs},
        // Anyone follows the jobs they started (an operator's what-if); jobs.run follows every job.
        {"GET", "/v1/jobs/{id}", Guard::selfService(), &HttpApi::getJob},
        {"GET", "/v1/tiers", Guard::needs(Permission::MembersRead), &HttpApi::listTiers},
        {"GET", "/v1/tiers/at-risk", Guard::needs(Permission::MembersRead), &HttpApi::tiersAtRisk},
        {"GET", "/v1/tiers/draft", Guard::needs(Permission::TiersManage), &HttpApi::tierDraft},
        {"PUT", "/v1/tiers/draft", Guard::needs(Permission::TiersManage), &HttpApi::saveTierDraft},
        {"POST", "/v1/tiers/draft/what-if", Guard::needs(Permission::TiersManage), &HttpApi::startTierWhatIf},
        {"POST", "/v1/tiers/draft/publish", Guard::needs(Permission::TiersManage), &HttpApi::publishTiers},
        {"GET", "/v1/tiers/versions", Guard::needs(Permission::TiersManage), &HttpApi::tierVersions},
        {"POST", "/v1/tiers/versions/{id}/restore", Guard::needs(Permission::TiersManage),
         &HttpApi::restoreTierVersion},
        {"GET", "/v1/items", Guard::needs(Permission::MallRead), &HttpApi::listItems},
        {"POST", "/v1/items", Guard::needs(Permission::MallManage), &HttpApi::createItem},
        {"GET", "/v1/items/{id}", Guard::needs(Permission::MallRead), &HttpApi::getItem},
        {"PATCH", "/v1/items/{id}", Guard::needs(Permission::MallManage), &HttpApi::updateItem},
        {"GET", "/v1/items/{id}/image", Guard::needs(Permission::MallRead), &HttpApi::itemImage},
        {"PUT", "/v1/items/{id}/image", Guard::needs(Permission::MallManage), &HttpApi::putItemImage},
        {"DELETE", "/v1/items/{id}/image", Guard::needs(Permission::MallManage), &HttpApi::deleteItemImage},
        {"POST", "/v1/items/{id}/stock", Guard::needs(Permission::MallManage), &HttpApi::changeStock},
        {"GET", "/v1/items/{id}/stock-movements", Guard::needs(Permission::MallRead),
         &HttpApi::stockMovements},
        {"POST", "/v1/events", Guard::needs(Permission::EventsPost), &HttpApi::postEvents},
        {"GET", "/v1/redemptions", Guard::needs(Permission::MallRead), &HttpApi::listRedemptions},
        {"POST", "/v1/redemptions", Guard::needs(Permission::RedemptionsHandle), &HttpApi::placeRedemption},
        {"GET", "/v1/redemptions/{id}", Guard::needs(Permission::MallRead), &HttpApi::getRedemption},
        {"POST", "/v1/redemptions/{id}/fulfil", Guard::needs(Permission::RedemptionsHandle),
         &HttpApi::fulfilRedemption},
        {"POST", "/v1/redemptions/{id}/ship", Guard::needs(Permission::RedemptionsHandle),
         &HttpApi::shipRedemption},
        {"POST", "/v1/redemptions/{id}/complete", Guard::needs(Permission::RedemptionsHandle),
         &HttpApi::completeRedemption},
        {"POST", "/v1/redemptions/{id}/cancel", Guard::needs(Permission::RedemptionsHandle),
         &HttpApi::cancelRedemption},
        {"POST", "/v1/redemptions/{id}/cases", Guard::needs(Permission::RedemptionsHandle),
         &HttpApi::openCase},
        {"GET", "/v1/cases", Guard::needs(Permission::MallRead), &HttpApi::listCases},
        {"POST", "/v1/cases/{id}/resolve", Guard::needs(Permission::RedemptionsHandle),
         &HttpApi::resolveCase},
        {"GET", "/v1/users", Guard::needs(Permission::UsersManage), &HttpApi::listUsers},
        {"POST", "/v1/users", Guard::needs(Permission::UsersManage), &HttpApi::createUser},
        {"PATCH", "/v1/users/{id}", Guard::needs(Permission::UsersManage), &HttpApi::updateUser},
        // Users change their own password; users.manage also resets anyone's (the handler asks the table).
        {"POST", "/v1/users/{id}/password", Guard::selfService(), &HttpApi::setPassword},
        {"GET", "/v1/audit", Guard::needs(Permission::AuditRead), &HttpApi::listAudit},
    };
    return routes;
}

QList<HttpApi::RouteInfo> HttpApi::routes()
{
    QList<RouteInfo> list;
    for (const Route &route : table())
        list.append({QByteArray(route.method), QString::fromLatin1(route.pathTemplate), route.guard});
    return list;
}

HttpApi::HttpApi(const Settings &settings, const Localizer &localizer, QObject *parent)
    : QObject(parent), m_settings(settings), m_localizer(localizer),
      m_group([](QHttpServerResponder &responder, const ApiReply &reply) { write(responder, reply); })
{
    // Two cores: PBKDF2 for two sign-ins at a time keeps the event loop responsive.
    m_pool.setMaxThreadCount(2);
    registerRoutes();
    m_server.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        const QString locale =
            LoyaltyTranslations::bestLocale(QString::fromLatin1(request.value("Accept-Language")));
        write(responder, ErrorReply::make(m_localizer, locale, 404, QStringLiteral("not_found"),
                                          QT_TRANSLATE_NOOP("Server", "There is no such resource.")));
    });
}

HttpApi::~HttpApi()
{
    // Workers post back to this object: they must be done before it goes.
    m_pool.waitForDone();
    QCoreApplication::removePostedEvents(this);
    m_pending.clear();
}

quint16 HttpApi::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

void HttpApi::registerRoutes()
{
    for (const Route &route : table()) {
        QString pattern = QString::fromLatin1(route.pathTemplate);
        const qsizetype arguments = pattern.count(QStringLiteral("{id}"));
        pattern.replace(QStringLiteral("{id}"), QStringLiteral("<arg>"));
        const QHttpServerRequest::Method method = methodFor(route.method);
        bool added = false;
        if (arguments == 0) {
            added = m_server.route(
                pattern, method,
                [this, &route](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
                    dispatch(route, {}, request, std::move(responder));
                });
        } else {
            added = m_server.route(pattern, method,
                                   [this, &route](const QString &id, const QHttpServerRequest &request,
                                                  QHttpServerResponder &&responder) {
                                       dispatch(route, {id}, request, std::move(responder));
                                   });
        }
        if (!added)
            qCCritical(lcServerHttp) << "cannot register" << route.method << route.pathTemplate;
    }
}

void HttpApi::dispatch(const Route &route, const QStringList &arguments, const QHttpServerRequest &request,
                       QHttpServerResponder &&responder)
{
    RequestContext context;
    context.request = &request;
    context.pathArguments = arguments;
    context.locale = LoyaltyTranslations::bestLocale(QString::fromLatin1(request.value("Accept-Language")));
    context.clientAddress = request.remoteAddress().toString();

    bool lengthOk = true;
    const QByteArray declaredLength = request.value("Content-Length");
    const qint64 length = declaredLength.isEmpty() ? 0 : declaredLength.trimmed().toLongLong(&lengthOk);
    if (!lengthOk || length > m_settings.maxBodyBytes || request.body().size() > m_settings.maxBodyBytes) {
        write(responder, error(context, {413,
                                         QStringLiteral("payload_too_large"),
                                         "Server",
                                         QT_TRANSLATE_NOOP("Server", "The request body is too large."),
                                         {},
                                         {}}));
        return;
    }

    if (route.guard.needsToken()) {
        const QByteArray authorization = request.value("Authorization").trimmed();
        QByteArray token;
        if (authorization.size() > 7 && authorization.left(7).toLower() == "bearer ")
            token = authorization.mid(7).trimmed();
        const Outcome<Session> session = TokenService::authenticate(token);
        if (!session.ok()) {
            write(responder, error(context, session.error()));
            return;
        }
        context.session = session.value();
        // The one permission check: the table decides, handlers never look at roles.
        if (route.guard.permission &&
            !PermissionTable::allows(context.session.user.role, *route.guard.permission)) {
            write(responder, error(context, forbidden()));
            return;
        }
    }

    // Writes answered on this thread share one durable commit with the others of this loop turn.
    const bool grouped = qstrcmp(route.method, "GET") != 0 && m_group.begin();
    HandlerResult result = (this->*route.handler)(context);
    if (result.offThread) {
        // The pool's transaction (a password hash, then its write) needs the write lock the open batch
        // holds: commit the batch now rather than when the loop next goes idle.
        if (grouped)
            m_group.flush();
        runOffThread(std::move(responder), std::move(result.offThread));
    } else if (grouped)
        m_group.hold(std::move(responder), result.reply, [this, locale = context.locale]() {
            return ErrorReply::make(m_localizer, locale, ServiceError::internal());
        });
    else
        write(responder, result.reply);
}

void HttpApi::runOffThread(QHttpServerResponder &&responder, std::function<ApiReply()> work)
{
    const quint64 id = ++m_nextPending;
    QPointer<QTcpSocket> socket = responder.socket();
    m_pending.emplace(std::piecewise_construct, std::forward_as_tuple(id),
                      std::forward_as_tuple(std::move(responder), socket));
    // A client that hung up before its turn costs nothing: queued sign-ins are skipped.
    auto abandoned = std::make_shared<std::atomic<bool>>(false);
    if (socket)
        connect(socket, &QAbstractSocket::disconnected, this, [abandoned]() { abandoned->store(true); });
    m_pool.start([this, id, abandoned, work = std::move(work)]() {
        const ApiReply reply = abandoned->load() ? ApiReply() : work();
        // ~HttpApi waits for the pool, so `this` outlives the post.
        QMetaObject::invokeMethod(
            this, [this, id, reply]() { finishOffThread(id, reply); }, Qt::QueuedConnection);
    });
}

void HttpApi::finishOffThread(quint64 id, const ApiReply &reply)
{
    const auto found = m_pending.find(id);
    if (found == m_pending.end())
        return;
    // The client may have hung up meanwhile; its socket (and request) are gone then.
    if (found->second.socket && found->second.socket->state() == QAbstractSocket::ConnectedState)
        write(found->second.responder, reply);
    else
        qCDebug(lcServerHttp) << "client left before the answer was ready";
    m_pending.erase(found);
}

void HttpApi::write(QHttpServerResponder &responder, const ApiReply &reply)
{
    // Header by header: QHttpServerResponder::write() takes only a fixed initializer list.
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(reply.status));
    if (!reply.contentType.isEmpty())
        responder.writeHeader(QByteArrayLiteral("Content-Type"), reply.contentType);
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeHeader(QByteArrayLiteral("Content-Length"), QByteArray::number(reply.body.size()));
    responder.writeBody(reply.body);
}

ApiReply HttpApi::error(const RequestContext &context, const ServiceError &serviceError) const
{
    return ErrorReply::make(m_localizer, context.locale, serviceError);
}

HttpApi::HandlerResult HttpApi::health(RequestContext &)
{
    return ApiReply::json(200, {{QStringLiteral("status"), QStringLiteral("ok")},
                                {QStringLiteral("version"), QStringLiteral(LOYALTY_SERVER_VERSION)}});
}

HttpApi::HandlerResult HttpApi::login(RequestContext &context)
{
    QJsonObject body;
    if (const auto problem = parseObject(context.request->body(), &body))
        return error(context, *problem);
    const QJsonValue username = body.value(QStringLiteral("username"));
    if (!username.isString() || username.toString().trimmed().isEmpty())
        return error(context, ServiceError::validation(QStringLiteral("username"),
                                                       QT_TRANSLATE_NOOP("Server", "Enter your user name.")));
    const QJsonValue password = body.value(QStringLiteral("password"));
    if (!password.isString() || password.toString().isEmpty())
        return error(context, ServiceError::validation(QStringLiteral("password"),
                                                       QT_TRANSLATE_NOOP("Server", "Enter your password.")));

    // PBKDF2 takes most of a second at production cost: off the event loop, on its own connection.
    const Settings settings = m_settings;
    const Localizer *localizer = &m_localizer;
    return HandlerResult(std::function<ApiReply()>([settings, localizer, locale = context.locale,
                                                    address = context.clientAddress,
                                                    name = username.toString().trimmed(),
                                                    secret = password.toString()]() -> ApiReply {
        const ServiceError wrong{401,      QStringLiteral("invalid_credentials"),
                                 "Server", QT_TRANSLATE_NOOP("Server", "The user name or password is wrong."),
                                 {},       {}};
        // A locked name or address is refused before any hashing, even with the right password.
        const LoginThrottle throttle({settings.loginMaxFailures, settings.loginWindowSeconds});
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (const qint64 wait = throttle.retryAfterSeconds(name, address, now); wait > 0) {
            ApiReply refused = ErrorReply::make(
                *localizer, locale,
                {429,
                 QStringLiteral("too_many_attempts"),
                 "Server",
                 QT_TRANSLATE_NOOP("Server", "Too many failed sign-in attempts. Try again in %1 minutes."),
                 {QString::number((wait + 59) / 60)},
                 {}});
            refused.headers.append({QByteArrayLiteral("Retry-After"), QByteArray::number(wait)});
            return refused;
        }
        const std::optional<StoredUser> user = UserService::findByUsername(name);
        bool verified = false;
        if (user)
            verified = PasswordHasher::verify(secret, user->passwordHash);
        else
            PasswordHasher(settings.pbkdf2Iterations).spendVerificationTime(secret); // same time for both

        Transaction transaction;
        if (!transaction.isActive())
            return ErrorReply::make(*localizer, locale, ServiceError::internal());
        AuditRecord audit;
        audit.actorId = user ? user->info.id : 0;
        audit.actorName = name;
        audit.clientAddress = address;
        audit.entity = QStringLiteral("user");
        audit.entityId = user ? QString::number(user->info.id) : QString();
        if (!verified) {
            audit.action = QStringLiteral("auth.login_failed");
            if (!AuditLog::record(audit) || !throttle.recordFailure(name, address, now) ||
                !transaction.commit())
                return ErrorReply::make(*localizer, locale, ServiceError::internal());
            qCInfo(lcServerAuth) << "failed sign-in for" << name << "from" << address;
            return ErrorReply::make(*localizer, locale, wrong);
        }
        if (user->disabled)
            return ErrorReply::make(*localizer, locale,
                                    {403,
                                     QStringLiteral("user_disabled"),
                                     "Server",
                                     QT_TRANSLATE_NOOP("Server", "This account has been disabled."),
                                     {},
                                     {}});
        const Outcome<IssuedToken> issued = TokenService::issue(user->info.id, settings.tokenTtlSeconds);
        audit.action = QStringLiteral("auth.login");
        if (!issued.ok() || !AuditLog::record(audit) || !throttle.recordSuccess(name, address) ||
            !UserService::recordSignIn(user->info.id, now) || !transaction.commit())
            return ErrorReply::make(*localizer, locale, ServiceError::internal());
        return ApiReply::json(200, {{QStringLiteral("token"), QString::fromLatin1(issued.value().token)},
                                    {QStringLiteral("expiresAt"), toIsoTime(issued.value().expiresAt)},
                                    {QStringLiteral("user"), user->info.toJson()}});
    }));
}

HttpApi::HandlerResult HttpApi::logout(RequestContext &context)
{
    Transaction transaction;
    AuditRecord audit;
    audit.actorId = context.session.user.id;
    audit.actorName = context.session.user.username;
    audit.clientAddress = context.clientAddress;
    audit.action = QStringLiteral("auth.logout");
    audit.entity = QStringLiteral("user");
    audit.entityId = QString::number(context.session.user.id);
    if (!transaction.isActive() || !TokenService::revoke(context.session.tokenHash) ||
        !AuditLog::record(audit) || !transaction.commit())
        return error(context, ServiceError::internal());
    return ApiReply::noContent();
}

HttpApi::HandlerResult HttpApi::me(RequestContext &context)
{
    return ApiReply::json(200, context.session.user.toJson());
}

HttpApi::HandlerResult HttpApi::listMembers(RequestContext &context)
{
    const QUrlQuery query = context.request->query();
    Paging paging;
    if (auto problem = readPaging(query, &paging))
        return error(context, *problem);
    const MemberQuery memberQuery =
        MemberQuery::parse(query.queryItemValue(QStringLiteral("q"), QUrl::FullyDecoded));
    const Outcome<MemberPage> page = MemberService::search(memberQuery, paging.limit, paging.cursor);
    if (!page.ok())
        return error(context, page.error());
    return pageReply(page.value().items, page.value().nextCursor);
}

HttpApi::HandlerResult HttpApi::getMember(RequestContext &context)
{
    const std::optional<qint64> id = pathId(context);
    if (!id)
        return error(context, ServiceError::notFound());
    const Outcome<Member> member = MemberService::find(*id);
    if (!member.ok())
        return error(context, member.error());
    return ApiReply::json(200, member.value().toJson());
}

HttpApi::HandlerResult HttpApi::revealMember(RequestContext &context)
{
    const std::optional<qint64> id = pathId(context);
    if (!id)
        return error(context, ServiceError::notFound());
    const Outcome<QString> phone = MemberService::reveal(
        *id, context.session.user.id, context.session.user.username, context.clientAddress);
    if (!phone.ok())
        return error(context, phone.error());
    return ApiReply::json(200, {{QStringLiteral("phone"), phone.value()}});
}

template <typename Page>
HttpApi::HandlerResult HttpApi::pageOf(RequestContext &context,
                                       Outcome<Page> (*list)(qint64 id, int limit,
                                                             const std::optional<PageCursor> &after))
{
    const std::optional<qint64> id = pathId(context);
    if (!id)
        return error(context, ServiceError::notFound());
    Paging paging;
    if (auto problem = readPaging(context.request->query(), &paging))
        return error(context, *problem);
    const Outcome<Page> page = list(*id, paging.limit, paging.cursor);
    if (!page.ok())
        return error(context, page.error());
    return pageReply(page.value().items, page.value().nextCursor);
}

template <typename Page>
HttpApi::HandlerResult HttpApi::pageOf(RequestContext &context,
                                       Outcome<Page> (*list)(int limit,
                                                             const std::optional<PageCursor> &after))
{
    Paging paging;
    if (auto problem = readPaging(context.request->query(), &paging))
        return error(context, *problem);
    const Outcome<Page> page = list(paging.limit, paging.cursor);
    if (!page.ok())
        return error(context, page.error());
    return pageReply(page.value().items, page.value().nextCursor);
}

HttpApi::HandlerResult HttpApi::memberLedger(RequestContext &context)
{
    const std::optional<qint64> id = pathId(context);
    if (!id)
        return error(context, ServiceError::notFound());
    const QUrlQuery query = context.request->query();
    Paging paging;
    if (auto problem = readPaging(query, &paging))
        return error(context, *problem);
    LedgerFilter filter;
    QString badField;
    if (!LedgerFilter::fromQuery(query, &filter, &badField))
        return error(context,
                     ServiceError::validation(
                         badField, badField == QLatin1String("kind")
                                       ? QT_TRANSLATE_NOOP("Server", "The kind must be one or more of "
                                                                     "earn, spend, adjust, expire, refund, "
                                                                     "reverse, forfeit.")
                                       : QT_TRANSLATE_NOOP("Server", "Give the time in ISO 8601, "
                                                                     "e.g. 2026-05-01T00:00:00Z.")));
    const Outcome<LedgerPage> page = LedgerService::entries(*id, filter, paging.limit, paging.cursor);
    if (!page.ok())
        return error(context, page.error());
    return pageReply(page.value().items, page.value().nextCursor);
}

HttpApi::HandlerResult HttpApi::memberLots(RequestContext &context)
{
    return pageOf(context, &LotService::lots);
}

template <typename Command, typename Service>
HttpApi::HandlerResult HttpApi::idempotentWrite(RequestContext &context, qint64 Command::*target,
                                                Service service)
{
    return idempotentWrite(
        context, target,
        [](const QJsonObject &body, Command *command) {
            return decltype(command->request)::fromJson(body, &command->request);
        },
        service);
}

template <typename Command, typename Read, typename Service>
HttpApi::HandlerResult HttpApi::idempotentWrite(RequestContext &context, qint64 Command::*target, Read read,
                                                Service service)
{
    const std::optional<qint64> id = pathId(context);
    if (!id)
        return error(context, ServiceError::notFound());
    QJsonObject body;
    if (const auto problem = parseObject(context.request->body(), &body))
        return error(context, *problem);
    Command command;
    if (const std::optional<Violation> violation = read(body, &command))
        return error(context, ServiceError::fromViolation(*violation));
    if (const auto problem = readGuard(context, &command.guard))
        return error(context, *problem);
    command.actor = context.session.user;
    command.clientAddress = context.clientAddress;
    command.*target = *id;
    const Outcome<WriteResult> result = service(command);
    if (!result.ok())
        return error(context, result.error());
    return ApiReply::raw(result.value().status, result.value().body);
}

HttpApi::HandlerResult HttpApi::adjustPoints(RequestContext &context)
{
    return idempotentWrite(context, &AdjustmentCommand::memberId, &AdjustmentService::adjust);
}

HttpApi::HandlerResult HttpApi::reverseEntry(RequestContext &context)
{
    return idempotentWrite(context, &ReversalCommand::entryId, &ReversalService::reverse);
}

namespace {
// The body of a write that only needs to be a JSON object (DELETE bodies may be empty).
std::optional<ServiceError> parseOptionalObject(const QByteArray &body, QJsonObject *object)
{
    if (body.trimmed().isEmpty())
        return std::nullopt;
    return parseObject(body, object);
}

std::optional<ServiceError> invalid(const std::optional<Violation> &violation)
{
    if (!violation)
        return std::nullopt;
    return ServiceError::fromViolation(*violation);
}
} // namespace

template <typename Read, typename Call>
HttpApi::HandlerResult HttpApi::writeOnPath(RequestContext &context, BodyRule rule, int status, Read read,
                                            Call call)
{
    const std::optional<qint64> id = pathId(context);
    if (!id)
        return error(context, ServiceError::notFound());
    QJsonObject body;
    const QByteArray &raw = context.request->body();
    if (const auto problem =
            rule == BodyRule::MayBeEmpty ? parseOptionalObject(raw, &body) : parseObject(raw, &body))
        return error(context, *problem);
    if (const std::optional<ServiceError> problem = read(body))
        return error(context, *problem);
    const auto result = call(*id);
    if (!result.ok())
        return error(context, result.error());
    return ApiReply::json(status, result.value().toJson());
}

HttpApi::HandlerResult HttpApi::updateMember(RequestContext &context)
{
    StatusCommand command;
    return writeOnPath(
        context, BodyRule::Required, 200,
        [&](const QJsonObject &body) {
            return invalid(StatusChangeRequest::fromJson(body, &command.request));
        },
        [&](qint64 id) {
            command.actor = context.session.user;
            command.clientAddress = context.clientAddress;
            command.memberId = id;
            return MemberStatusService::freezeOrUnfreeze(command);
        });
}

HttpApi::HandlerResult HttpApi::blacklistMember(RequestContext &context)
{
    return idempotentWrite(
        context, &StatusCommand::memberId,
        [](const QJsonObject &body, StatusCommand *command) {
            return StatusChangeRequest::reasonFromJson(body, MemberStatus::Blacklisted, &command->request);
        },
        &MemberStatusService::blacklist);
}

HttpApi::HandlerResult HttpApi::liftBlacklist(RequestContext &context)
{
    const std::optional<qint64> id = pathId(context);
    if (!id)
        return error(context, ServiceError::notFound());
    QJsonObject body;
    if (const auto problem = parseOptionalObject(context.request->body(), &body))
        return error(context, *problem);
    StatusCommand command;
    if (const std::optional<Violation> violation =
            StatusChangeRequest::reasonFromJson(body, MemberStatus::Active, &command.request))
        return error(context, ServiceError::fromViolation(*violation));
    command.actor = context.session.user;
    command.clientAddress = context.clientAddress;
    command.memberId = *id;
    const Outcome<Member> member = MemberStatusService::lift(command);
    if (!member.ok())
        return error(context, member.error());
    return ApiReply::json(
        200,
        {{QStringLiteral("member"), member.value().toJson()},
         {QStringLiteral("restored"), 0},
         {QStringLiteral("message"),
          m_localizer.translate(context.locale, "Server",
                                QT_TRANSLATE_NOOP("Server", "The blacklist is lifted. Nothing was restored: "
                                                            "forfeited points, cancelled pending points and "
                                                            "cancelled approvals stay as they are. Post an "
                                                            "adjustment if the member should get points "
                                                            "back."))}});
}

HttpApi::HandlerResult HttpApi::setManualTier(RequestContext &context)
{
    TierOverrideRequest request;
    return writeOnPath(
        context, BodyRule::Required, 200,
        [&](const QJsonObject &body) {
            return invalid(TierOverrideRequest::fromJson(body, QDateTime::currentDateTimeUtc(), &request));
        },
        [&](qint64 id) {
            return TierOverrideService::set(context.session.user, context.clientAddress, id, request);
        });
}

HttpApi::HandlerResult HttpApi::endManualTier(RequestContext &context)
{
    StatusChangeRequest reason; // its length rule; the sentence for a missing reason is this route's own
    return writeOnPath(
        context, BodyRule::MayBeEmpty, 200,
        [&](const QJsonObject &body) -> std::optional<ServiceError> {
            if (body.value(QStringLiteral("reason")).toString().trimmed().isEmpty())
                return ServiceError::validation(QStringLiteral("reason"),
                                                QT_TRANSLATE_NOOP("Server", "Say why the manual tier ends."));
            return invalid(StatusChangeRequest::reasonFromJson(body, MemberStatus::Active, &reason));
        },
        [&](qint64 id) {
            return TierOverrideService::end(context.session.user, context.clientAddress, id, reason.reason);
        });
}

HttpApi::HandlerResult HttpApi::memberNotes(RequestContext &context)
{
    return pageOf(context, &NoteService::list);
}

HttpApi::HandlerResult HttpApi::addNote(RequestContext &context)
{
    NoteRequest request;
    return writeOnPath(
        context, BodyRule::Required, 201,
        [&](const QJsonObject &body) { return invalid(NoteRequest::fromJson(body, &request)); },
        [&](qint64 id) {
            return NoteService::add(context.session.user, context.clientAddress, id, request);
        });
}

HttpApi::HandlerResult HttpApi::memberAudit(RequestContext &context)
{
    return pageOf(context, &AuditReader::memberTrail);
}

HttpApi::HandlerResult HttpApi::memberPending(RequestContext &context)
{
    return pageOf(context, &PendingService::list);
}

HttpApi::HandlerResult HttpApi::addPending(RequestContext &context)
{
    PendingRequest request;
    return writeOnPath(
        context, BodyRule::Required, 201,
        [&](const QJsonObject &body) {
            return invalid(PendingRequest::fromJson(body, QDateTime::currentDateTimeUtc(), &request));
        },
        [&](qint64 id) {
            return PendingService::create(context.session.user, context.clientAddress, id, request);
        });
}

HttpApi::HandlerResult HttpApi::confirmPending(RequestContext &context)
{
    const std::optional<qint64> id = pathId(context);
    if (!id)
        return error(context, ServiceError::notFound());
    const Outcome<PendingEntry> posted =
        PendingService::confirm(context.session.user, context.clientAddress, *id);
    if (!posted.ok())
        return error(context, posted.error());
    return ApiReply::json(200, posted.value().toJson());
}

HttpApi::HandlerResult HttpApi::listApprovals(RequestContext &context)
{
    const QUrlQuery query = context.request->query();
    Paging paging;
    if (auto problem = readPaging(query, &paging))
        return error(context, *problem);
    Approval::Status status = Approval::Status::Pending;
    const QString word = query.queryItemValue(QStringLiteral("status"));
    if (!word.isEmpty() && !Approval::statusFromString(word, &status))
        return error(context,
                     ServiceError::validation(
                         QStringLiteral("status"),
                         QT_TRANSLATE_NOOP("Server", "The status must be pending, approved, rejected or "
                                                     "cancelled.")));
    const Outcome<ApprovalPage> page = ApprovalService::list(status, paging.limit, paging.cursor);
    if (!page.ok())
        return error(context, page.error());
    return pageReply(page.value().items, page.value().nextCursor);
}

HttpApi::HandlerResult HttpApi::approvalSummary(RequestContext &context)
{
    const Outcome<qint64> pending = ApprovalService::pendingCount();
    if (!pending.ok())
        return error(context, pending.error());
    return ApiReply::json(200, {{QStringLiteral("pending"), pending.value()},
                                {QStringLiteral("threshold"), ApprovalService::threshold()}});
}

HttpApi::HandlerResult HttpApi::approve(RequestContext &context)
{
    return idempotentWrite(
        context, &DecisionCommand::approvalId,
        [](const QJsonObject &body, DecisionCommand *command) {
            return DecisionRequest::fromJson(body, DecisionRequest::Kind::Approve, &command->request);
        },
        &ApprovalService::decide);
}

HttpApi::HandlerResult HttpApi::reject(RequestContext &context)
{
    return idempotentWrite(
        context, &DecisionCommand::approvalId,
        [](const QJsonObject &body, DecisionCommand *command) {
            return DecisionRequest::fromJson(body, DecisionRequest::Kind::Reject, &command->request);
        },
        &ApprovalService::decide);
}

QJsonObject HttpApi::jobJson(const RequestContext &context, const JobInfo &job) const
{
    QJsonObject object = job.toJson();
    if (job.state == JobInfo::State::Failed) {
        // Stored in English; each reader gets it in their language.
        const QByteArray source = job.errorMessage.toUtf8();
        object.insert(QStringLiteral("error"),
                      QJsonObject{{QStringLiteral("code"), job.errorCode},
                                  {QStringLiteral("message"),
                                   m_localizer.translate(context.locale, "Server", source.constData())}});
    }
    return object;
}

HttpApi::HandlerResult HttpApi::startJob(RequestContext &context)
{
    QJsonObject body;
    if (const auto problem = parseObject(context.request->body(), &body))
        return error(context, *problem);
    const QString kind = body.value(QStringLiteral("kind")).toString();
    if (!JobService::kinds().contains(kind))
        return error(context,
                     ServiceError::validation(
                         QStringLiteral("kind"),
                         QT_TRANSLATE_NOOP(
                             "Server", "The kind must be expire-lots, settle-pending or tier-period-end.")));
    AuditRecord audit;
    audit.actorId = context.session.user.id;
    audit.actorName = context.session.user.username;
    audit.clientAddress = context.clientAddress;
    audit.action = QStringLiteral("job.start");
    audit.entity = QStringLiteral("job");
    audit.after = {{QStringLiteral("kind"), kind}};
    const Outcome<JobInfo> job = m_jobs.start(kind, context.session.user.username, &audit);
    if (!job.ok())
        return error(context, job.error());
    // The worker reads the queue on its own connection: only a committed job is there to find.
    m_group.afterCommit([this]() { m_jobs.wake(); });
    return ApiReply::json(202, jobJson(context, job.value()));
}

HttpApi::HandlerResult HttpApi::listJobs(RequestContext &context)
{
    Paging paging;
    if (auto problem = readPaging(context.request->query(), &paging))
        return error(context, *problem);
    const Outcome<JobPage> page = JobService::list(paging.limit, paging.cursor);
    if (!page.ok())
        return error(context, page.error());
    QJsonArray items;
    for (const JobInfo &job : page.value().items)
        items.append(jobJson(context, job));
    return ApiReply::json(200, {{QStringLiteral("items"), items},
                                {QStringLiteral("nextCursor"), cursorValue(page.value().nextCursor)}});
}

HttpApi::HandlerResult HttpApi::getJob(RequestContext &context)
{
    const std::optional<qint64> id = pathId(context);
    if (!id)
        return error(context, ServiceError::notFound());
    const Outcome<JobInfo> job = JobService::find(*id);
    if (!job.ok())
        return error(context, job.error());
    if (!context.session.user.can(Permission::JobsRun) &&
        job.value().createdBy != context.session.user.username)
        return error(context, forbidden());
    return ApiReply::json(200, jobJson(context, job.value()));
}

HttpApi::HandlerResult HttpApi::tiersAtRisk(RequestContext &context)
{
    Paging paging;
    if (auto problem = readPaging(context.request->query(), &paging))
        return error(context, *problem);
    // The cursor of this list is (tierUntil, id): one of another list does not fit it.
    if (paging.cursor && !paging.cursor->at)
        return error(context,
                     ServiceError::validation(
                         QStringLiteral("cursor"),
                         QT_TRANSLATE_NOOP("Server", "The cursor is not valid; start from the first page.")));
    const Outcome<AtRiskPage> page = TierAtRiskService::list(paging.limit, paging.cursor);
    if (!page.ok())
        return error(context, page.error());
    return pageReply(page.value().items, page.value().nextCursor);
}

HttpApi::HandlerResult HttpApi::listTiers(RequestContext &context)
{
    const auto published = TierLadderStore::published();
    if (!published)
        return error(context, ServiceError::internal());
    return ApiReply::json(200, published->toJson());
}

QJsonObject HttpApi::draftJson(const RequestContext &context, const TierDraft &draft) const
{
    QJsonArray tiers;
    for (const TierDefinition &tier : draft.tiers)
        tiers.append(PublishedLadder::tierJson(tier));
    QJsonArray violations;
    for (const Violation &violation : draft.violations)
        violations.append(ErrorReply::violationJson(m_localizer, context.locale, violation));
    return {{QStringLiteral("version"), draft.revision},
            {QStringLiteral("baseVersion"), draft.baseVersion},
            {QStringLiteral("restoredFrom"),
             draft.restoredFrom > 0 ? QJsonValue(draft.restoredFrom) : QJsonValue()},
            {QStringLiteral("tiers"), tiers},
            {QStringLiteral("changed"), draft.changed},
            {QStringLiteral("updatedAt"), toIsoTime(draft.updatedAt)},
            {QStringLiteral("updatedBy"), draft.updatedBy},
            {QStringLiteral("violations"), violations},
            {QStringLiteral("whatIf"),
             draft.whatIf ? QJsonValue(jobJson(context, *draft.whatIf)) : QJsonValue()}};
}

namespace {
// {version: <the draft revision the editor holds>, ...}: a whole number from 0.
std::optional<ServiceError> readRevision(const QJsonObject &body, int *revision)
{
    const QJsonValue value = body.value(QStringLiteral("version"));
    if (!value.isDouble() || value.toDouble() != double(value.toInt()) || value.toInt() < 0)
        return ServiceError::validation(
            QStringLiteral("version"),
            QT_TRANSLATE_NOOP("Server", "Send the draft's version (a whole number) you are working from."));
    *revision = value.toInt();
    return std::nullopt;
}

// The body of a tier draft write: a JSON object with the draft revision the editor holds.
std::optional<ServiceError> readRevisionBody(const RequestContext &context, QJsonObject *body, int *revision)
{
    if (auto problem = parseObject(context.request->body(), body))
        return problem;
    return readRevision(*body, revision);
}

std::optional<ServiceError> readTiers(const QJsonObject &body, QList<TierDefinition> *tiers)
{
    const QJsonValue value = body.value(QStringLiteral("tiers"));
    if (!value.isArray())
        return ServiceError::validation(QStringLiteral("tiers"),
                                        QT_TRANSLATE_NOOP("Server", "The tiers must be a list."));
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString field = QStringLiteral("tiers[%1]").arg(i);
        if (!array.at(i).isObject())
            return ServiceError::validation(field,
                                            QT_TRANSLATE_NOOP("Server", "Each tier must be an object."));
        TierDefinition tier;
        if (const auto broken = TierDefinition::fromJson(array.at(i).toObject(), field, &tier))
            return ServiceError::fromViolation(*broken);
        tiers->append(tier);
    }
    return std::nullopt;
}
} // namespace

HttpApi::HandlerResult HttpApi::tierDraft(RequestContext &context)
{
    const Outcome<TierDraft> draft = TierDraftService::current();
    if (!draft.ok())
        return error(context, draft.error());
    return ApiReply::json(200, draftJson(context, draft.value()));
}

HttpApi::HandlerResult HttpApi::saveTierDraft(RequestContext &context)
{
    QJsonObject body;
    int revision = 0;
    QList<TierDefinition> tiers;
    std::optional<ServiceError> problem = readRevisionBody(context, &body, &revision);
    if (!problem)
        problem = readTiers(body, &tiers);
    if (problem)
        return error(context, *problem);
    const Outcome<TierDraft> draft =
        TierDraftService::save(context.session.user, context.clientAddress, revision, tiers);
    if (!draft.ok())
        return error(context, draft.error());
    return ApiReply::json(200, draftJson(context, draft.value()));
}

HttpApi::HandlerResult HttpApi::startTierWhatIf(RequestContext &context)
{
    QJsonObject body;
    int revision = 0;
    std::optional<ServiceError> problem = readRevisionBody(context, &body, &revision);
    if (problem)
        return error(context, *problem);
    const Outcome<QJsonObject> params = TierDraftService::whatIfParams(revision);
    if (!params.ok())
        return error(context, params.error());
    AuditRecord audit;
    audit.actorId = context.session.user.id;
    audit.actorName = context.session.user.username;
    audit.clientAddress = context.clientAddress;
    audit.action = QStringLiteral("tiers.whatif");
    audit.entity = QStringLiteral("job");
    audit.after = {{QStringLiteral("draftVersion"), revision}};
    const Outcome<JobInfo> job = m_jobs.start(QString::fromLatin1(TierDraftService::kWhatIfKind),
                                              context.session.user.username, &audit, params.value());
    if (!job.ok())
        return error(context, job.error());
    m_group.afterCommit([this]() { m_jobs.wake(); });
    return ApiReply::json(202, jobJson(context, job.value()));
}

HttpApi::HandlerResult HttpApi::publishTiers(RequestContext &context)
{
    QJsonObject body;
    int revision = 0;
    std::optional<ServiceError> problem = readRevisionBody(context, &body, &revision);
    const QString note = body.value(QStringLiteral("note")).toString().trimmed();
    if (!problem && note.size() > 500)
        problem = ServiceError::validation(
            QStringLiteral("note"), QT_TRANSLATE_NOOP("Server", "The note can have at most 500 characters."));
    if (problem)
        return error(context, *problem);
    // The publish and its evaluation job stand or fall together.
    Transaction transaction;
    if (!transaction.isActive())
        return error(context, ServiceError::internal());
    const Outcome<TierPublication> publication =
        TierDraftService::publish(context.session.user, context.clientAddress, revision, note);
    if (!publication.ok())
        return error(context, publication.error());
    QJsonObject answer = publication.value().ladder.toJson();
    answer.insert(QStringLiteral("membersMovedDown"), publication.value().membersMovedDown);
    // Members the new ladder ranks higher move up now, in the background. A run already queued or
    // running picks up the newest version itself (it starts over when the ladder changes under it).
    const QString kind = QString::fromLatin1(TierEvaluateJob::kKind);
    Outcome<JobInfo> job = m_jobs.start(kind, context.session.user.username, nullptr,
                                        {{QStringLiteral("version"), publication.value().ladder.version}});
    if (!job.ok() && job.error().status == 409) {
        if (const std::optional<qint64> active = JobService::active(kind))
            job = JobService::find(*active);
    }
    if (!job.ok())
        return error(context, job.error());
    if (!transaction.commit())
        return error(context, ServiceError::internal());
    m_group.afterCommit([this]() { m_jobs.wake(); });
    answer.insert(QStringLiteral("job"), jobJson(context, job.value()));
    return ApiReply::json(200, answer);
}

HttpApi::HandlerResult HttpApi::postEvents(RequestContext &context)
{
    QJsonObject body;
    if (const auto problem = parseObject(context.request->body(), &body))
        return error(context, *problem);
    const Outcome<QList<EventResult>> results =
        EventService::post(body, context.session.user, context.clientAddress);
    if (!results.ok())
        return error(context, results.error());
    QJsonArray items;
    for (const EventResult &result : results.value()) {
        QJsonObject item{
            {QStringLiteral("id"), result.id},
            {QStringLiteral("status"), eventStatusToString(result.status)},
            {QStringLiteral("memberId"), result.memberId},
            {QStringLiteral("tier"), result.tier ? QJsonValue(result.tier->toJson()) : QJsonValue()},
            {QStringLiteral("upgraded"), result.upgraded}};
        if (result.error)
            item.insert(QStringLiteral("error"),
                        ErrorReply::violationJson(m_localizer, context.locale, *result.error));
        items.append(item);
    }
    return ApiReply::json(200, {{QStringLiteral("results"), items}});
}

namespace {
// A redemption step's text field: trimmed, at most `max` characters; `required` refuses an empty one.
std::optional<Violation> readText(const QJsonObject &body, const char *key, int max, bool required,
                                  const char *missing, const char *tooLong, QString *out)
{
    const QString field = QString::fromLatin1(key);
    const QJsonValue value = body.value(field);
    if (!value.isString() && !value.isUndefined() && !value.isNull())
        return Violation{field, QStringLiteral("%1_not_text").arg(field),
                         QT_TRANSLATE_NOOP("Validation", "This field must be text.")};
    *out = value.toString().trimmed();
    if (required && out->isEmpty())
        return Violation{field, QStringLiteral("%1_required").arg(field), missing};
    if (out->size() > max)
        return Violation{field, QStringLiteral("%1_too_long").arg(field), tooLong};
    return std::nullopt;
}

std::optional<ServiceError> readTime(const QUrlQuery &query, const char *key, QDateTime *time)
{
    const QString text = query.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
    if (text.isEmpty())
        return std::nullopt;
    *time = fromIsoTime(text);
    if (!time->isValid())
        return ServiceError::validation(
            QString::fromLatin1(key),
            QT_TRANSLATE_NOOP("Server", "Give the time in ISO 8601, e.g. 2026-05-01T00:00:00Z."));
    return std::nullopt;
}

std::optional<ServiceError> readPositiveId(const QUrlQuery &query, const char *key, qint64 *id)
{
    const QString text = query.queryItemValue(QString::fromLatin1(key));
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    *id = text.toLongLong(&ok);
    if (!ok || *id <= 0)
        return ServiceError::validation(
            QString::fromLatin1(key), QT_TRANSLATE_NOOP("Server", "Give the id as a positive whole number."));
    return std::nullopt;
}
} // namespace

HttpApi::HandlerResult HttpApi::listRedemptions(RequestContext &context)
{
    const QUrlQuery query = context.request->query();
    Paging paging;
    if (auto problem = readPaging(query, &paging))
        return error(context, *problem);
    RedemptionFilter filter;
    const QString status = query.queryItemValue(QStringLiteral("status"));
    if (!status.isEmpty()) {
        RedemptionStatus parsed = RedemptionStatus::Placed;
        if (!redemptionStatusFromString(status, &parsed))
            return error(context, ServiceError::validation(
                                      QStringLiteral("status"),
                                      QT_TRANSLATE_NOOP("Server", "The status must be placed, fulfilled, "
                                                                  "shipped, completed or cancelled.")));
        filter.status = parsed;
    }
    for (auto problem :
         {readPositiveId(query, "member", &filter.memberId), readPositiveId(query, "item", &filter.itemId),
          readTime(query, "from", &filter.from), readTime(query, "to", &filter.to)}) {
        if (problem)
            return error(context, *problem);
    }
    const Outcome<RedemptionPage> page = RedemptionReader::list(filter, paging.limit, paging.cursor);
    if (!page.ok())
        return error(context, page.error());
    return pageReply(page.value().items, page.value().nextCursor);
}

HttpApi::HandlerResult HttpApi::getRedemption(RequestContext &context)
{
    const std::optional<qint64> id = pathId(context);
    if (!id)
        return error(context, ServiceError::notFound());
    const Outcome<RedemptionView> view = RedemptionReader::find(*id, true);
    if (!view.ok())
        return error(context, view.error());
    return ApiReply::json(200, view.value().toJson());
}

HttpApi::HandlerResult HttpApi::placeRedemption(RequestContext &context)
{
    QJsonObject body;
    if (const auto problem = parseObject(context.request->body(), &body))
        return error(context, *problem);
    PlaceCommand command;
    if (const std::optional<Violation> violation = RedemptionRequest::fromJson(body, &command.request))
        return error(context, ServiceError::fromViolation(*violation));
    if (const auto problem = readGuard(context, &command.guard))
        return error(context, *problem);
    command.actor = context.session.user;
    command.clientAddress = context.clientAddress;
    const Outcome<WriteResult> result = RedemptionService::place(command);
    if (!result.ok())
        return error(context, result.error());
    return ApiReply::raw(result.value().status, result.value().body);
}

HttpApi::HandlerResult HttpApi::fulfilRedemption(RequestContext &context)
{
    return idempotentWrite(
        context, &RedemptionCommand::redemptionId,
        [](const QJsonObject &body, RedemptionCommand *command) {
            command->action = RedemptionAction::Fulfil;
            return readText(body, "code", RedemptionService::kMaxCodeLength, false, "",
                            QT_TRANSLATE_NOOP("Validation", "A code may be at most 64 characters."),
                            &command->code);
        },
        &RedemptionService::act);
}

HttpApi::HandlerResult HttpApi::shipRedemption(RequestContext &context)
{
    return idempotentWrite(
        context, &RedemptionCommand::redemptionId,
        [](const QJsonObject &body, RedemptionCommand *command) {
            command->action = RedemptionAction::Ship;
            return ShipmentRequest::fromJson(body, &command->shipment);
        },
        &RedemptionService::act);
}

HttpApi::HandlerResult HttpApi::completeRedemption(RequestContext &context)
{
    return idempotentWrite(
        context, &RedemptionCommand::redemptionId,
        [](const QJsonObject &, RedemptionCommand *command) -> std::optional<Violation> {
            command->action = RedemptionAction::Complete;
            return std::nullopt;
        },
        &RedemptionService::act);
}

HttpApi::HandlerResult HttpApi::cancelRedemption(RequestContext &context)
{
    return idempotentWrite(
        context, &RedemptionCommand::redemptionId,
        [](const QJsonObject &body, RedemptionCommand *command) {
            command->action = RedemptionAction::Cancel;
            return readText(body, "reason", RedemptionService::kMaxReasonLength, true,
                            QT_TRANSLATE_NOOP("Validation", "Say why the redemption is cancelled."),
                            QT_TRANSLATE_NOOP("Validation", "The reason may be at most 200 characters."),
                            &command->reason);
        },
        &RedemptionService::act);
}

HttpApi::HandlerResult HttpApi::openCase(RequestContext &context)
{
    return idempotentWrite(context, &CaseCommand::redemptionId, &AfterSalesService::open);
}

HttpApi::HandlerResult HttpApi::listCases(RequestContext &context)
{
    const QUrlQuery query = context.request->query();
    Paging paging;
    if (auto problem = readPaging(query, &paging))
        return error(context, *problem);
    std::optional<CaseStatus> status;
    const QString word = query.queryItemValue(QStringLiteral("status"));
    if (!word.isEmpty()) {
        CaseStatus parsed = CaseStatus::Open;
        if (!caseStatusFromString(word, &parsed))
            return error(context, ServiceError::validation(
                                      QStringLiteral("status"),
                                      QT_TRANSLATE_NOOP("Server", "The status must be open or resolved.")));
        status = parsed;
    }
    const Outcome<CasePage> page = CaseReader::list(status, paging.limit, paging.cursor);
    if (!page.ok())
        return error(context, page.error());
    return pageReply(page.value().items, page.value().nextCursor);
}

HttpApi::HandlerResult HttpApi::resolveCase(RequestContext &context)
{
    return idempotentWrite(context, &ResolveCommand::caseId, &AfterSalesService::resolve);
}

HttpApi::HandlerResult HttpApi::tierVersions(RequestContext &context)
{
    return pageOf(context, &TierLadderStore::versions);
}

HttpApi::HandlerResult HttpApi::restoreTierVersion(RequestContext &context)
{
    const std::optional<qint64> version = pathId(context);
    if (!version)
        return error(context, ServiceError::notFound());
    QJsonObject body;
    int revision = 0;
    std::optional<ServiceError> problem = readRevisionBody(context, &body, &revision);
    if (problem)
        return error(context, *problem);
    const Outcome<TierDraft> draft = TierDraftService::restore(context.session.user, context.clientAddress,
                                                               revision, static_cast<int>(*version));
    if (!draft.ok())
        return error(context, draft.error());
    return ApiReply::json(200, draftJson(context, draft.value()));
}

namespace {
// An item as the mall's routes answer it: with onShelf as of now.
QJsonObject itemJson(const MallItem &item)
{
    return item.toJson(QDateTime::currentDateTimeUtc());
}
} // namespace

HttpApi::HandlerResult HttpApi::listItems(RequestContext &context)
{
    const QUrlQuery query = context.request->query();
    Paging paging;
    if (auto problem = readPaging(query, &paging))
        return error(context, *problem);
    ItemListFilter filter;
    if (auto problem = ItemListFilter::fromQuery(query, &filter))
        return error(context, *problem);
    const Outcome<ItemPage> page = ItemService::list(filter, paging.limit, paging.cursor);
    if (!page.ok())
        return error(context, page.error());
    QJsonArray items;
    for (const MallItem &item : page.value().items)
        items.append(itemJson(item));
    return ApiReply::json(200, {{QStringLiteral("items"), items},
                                {QStringLiteral("nextCursor"), cursorValue(page.value().nextCursor)}});
}

HttpApi::HandlerResult HttpApi::createItem(RequestContext &context)
{
    ItemCreateCommand command;
    if (const auto problem = parseObject(context.request->body(), &command.body))
        return error(context, *problem);
    if (const auto problem = readGuard(context, &command.guard))
        return error(context, *problem);
    command.actor = context.session.user;
    command.clientAddress = context.clientAddress;
    const Outcome<WriteResult> result = ItemService::create(command);
    if (!result.ok())
        return error(context, result.error());
    return ApiReply::raw(result.value().status, result.value().body);
}

HttpApi::HandlerResult HttpApi::getItem(RequestContext &context)
{
    const std::optional<qint64> id = pathId(context);
    if (!id)
        return error(context, ServiceError::notFound());
    const Outcome<MallItem> item = ItemService::find(*id);
    if (!item.ok())
        return error(context, item.error());
    return ApiReply::json(200, itemJson(item.value()));
}

HttpApi::HandlerResult HttpApi::updateItem(RequestContext &context)
{
    const std::optional<qint64> id = pathId(context);
    if (!id)
        return error(context, ServiceError::notFound());
    QJsonObject body;
    if (const auto problem = parseObject(context.request->body(), &body))
        return error(context, *problem);
    const QJsonValue version = body.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != static_cast<double>(version.toInteger()) ||
        version.toInteger() < 1)
        return error(
            context,
            ServiceError::validation(
                QStringLiteral("version"),
                QT_TRANSLATE_NOOP("Server", "Send the item's version (a whole number) you are editing.")));
    const Outcome<MallItem> item =
        ItemService::update(context.session.user, context.clientAddress, *id, version.toInteger(), body);
    if (!item.ok())
        return error(context, item.error());
    return ApiReply::json(200, itemJson(item.value()));
}

HttpApi::HandlerResult HttpApi::itemImage(RequestContext &context)
{
    const std::optional<qint64> id = pathId(context);
    if (!id)
        return error(context, ServiceError::notFound());
    const Outcome<StoredImage> image = ItemImageService::get(*id);
    if (!image.ok())
        return error(context, image.error());
    ApiReply reply;
    reply.body = image.value().bytes;
    reply.contentType = image.value().contentType.toLatin1();
    // The item's image URL carries ?v=<tag>: under it the bytes never change, so caches keep them.
    // Asked for without it (or with an old tag), a cache must check again.
    const bool current = context.request->query().queryItemValue(QStringLiteral("v")) == image.value().tag;
    reply.headers.append({QByteArrayLiteral("Cache-Control"),
                          current ? QByteArrayLiteral("private, max-age=31536000, immutable")
                                  : QByteArrayLiteral("private, no-cache")});
    reply.headers.append({QByteArrayLiteral("ETag"), '"' + image.value().tag.toLatin1() + '"'});
    return reply;
}

HttpApi::HandlerResult HttpApi::putItemImage(RequestContext &context)
{
    const std::optional<qint64> id = pathId(context);
    if (!id)
        return error(context, ServiceError::notFound());
    const Outcome<MallItem> item =
        ItemImageService::put(context.session.user, context.clientAddress, *id, context.request->body(),
                              QString::fromLatin1(context.request->value("Content-Type")));
    if (!item.ok())
        return error(context, item.error());
    return ApiReply::json(200, itemJson(item.value()));
}

HttpApi::HandlerResult HttpApi::deleteItemImage(RequestContext &context)
{
    const std::optional<qint64> id = pathId(context);
    if (!id)
        return error(context, ServiceError::notFound());
    const Outcome<MallItem> item = ItemImageService::remove(context.session.user, context.clientAddress, *id);
    if (!item.ok())
        return error(context, item.error());
    return ApiReply::json(200, itemJson(item.value()));
}

HttpApi::HandlerResult HttpApi::changeStock(RequestContext &context)
{
    return idempotentWrite(context, &StockCommand::itemId, &StockService::change);
}

HttpApi::HandlerResult HttpApi::stockMovements(RequestContext &context)
{
    return pageOf(context, &StockService::movements);
}

HttpApi::HandlerResult HttpApi::listUsers(RequestContext &context)
{
    return pageOf(context, &UserAdminService::list);
}

HttpApi::HandlerResult HttpApi::createUser(RequestContext &context)
{
    QJsonObject body;
    if (const auto problem = parseObject(context.request->body(), &body))
        return error(context, *problem);
    CreateUserRequest request;
    if (const std::optional<Violation> violation = CreateUserRequest::fromJson(body, &request))
        return error(context, ServiceError::fromViolation(*violation));
    // Hashing takes most of a second at production cost: off the event loop.
    const Localizer *localizer = &m_localizer;
    return HandlerResult(
        std::function<ApiReply()>([localizer, locale = context.locale, actor = actorOf(context), request,
                                   iterations = m_settings.pbkdf2Iterations]() -> ApiReply {
            const Outcome<UserAccount> created =
                UserAdminService::create(actor, request, PasswordHasher(iterations));
            if (!created.ok())
                return ErrorReply::make(*localizer, locale, created.error());
            return ApiReply::json(201, created.value().toJson());
        }));
}

HttpApi::HandlerResult HttpApi::updateUser(RequestContext &context)
{
    const std::optional<qint64> id = pathId(context);
    if (!id)
        return error(context, ServiceError::notFound());
    QJsonObject body;
    if (const auto problem = parseObject(context.request->body(), &body))
        return error(context, *problem);
    UserUpdateRequest request;
    if (const std::optional<Violation> violation = UserUpdateRequest::fromJson(body, &request))
        return error(context, ServiceError::fromViolation(*violation));
    const Outcome<UserAccount> updated = UserAdminService::update(actorOf(context), *id, request);
    if (!updated.ok())
        return error(context, updated.error());
    return ApiReply::json(200, updated.value().toJson());
}

HttpApi::HandlerResult HttpApi::setPassword(RequestContext &context)
{
    const std::optional<qint64> id = pathId(context);
    const bool own = id && *id == context.session.user.id;
    const bool administrator = PermissionTable::allows(context.session.user.role, Permission::UsersManage);
    // Someone else's password is for administrators only, whatever the body says.
    if (!own && !administrator)
        return error(context, forbidden());
    if (!id)
        return error(context, ServiceError::notFound());
    QJsonObject body;
    if (const auto problem = parseObject(context.request->body(), &body))
        return error(context, *problem);
    PasswordChangeRequest request;
    if (const std::optional<Violation> violation = PasswordChangeRequest::fromJson(body, &request))
        return error(context, ServiceError::fromViolation(*violation));
    UserAdminService::PasswordMode mode = UserAdminService::PasswordMode::AdminReset;
    if (own && !request.oldPassword.isEmpty())
        mode = UserAdminService::PasswordMode::SelfChange;
    else if (!administrator)
        return error(context, {400,
                               QStringLiteral("old_password_required"),
                               "Server",
                               QT_TRANSLATE_NOOP("Server", "Enter your current password."),
                               {},
                               QStringLiteral("oldPassword")});

    const Localizer *localizer = &m_localizer;
    return HandlerResult(std::function<ApiReply()>(
        [localizer, locale = context.locale, actor = actorOf(context), target = *id, request, mode,
         iterations = m_settings.pbkdf2Iterations,
         limits = LoginThrottle::Limits{m_settings.loginMaxFailures,
                                        m_settings.loginWindowSeconds}]() -> ApiReply {
            const LoginThrottle throttle(limits);
            const Outcome<int> changed = UserAdminService::setPassword(actor, target, request, mode,
                                                                       PasswordHasher(iterations), &throttle);
            if (!changed.ok())
                return ErrorReply::make(*localizer, locale, changed.error());
            return ApiReply::noContent();
        }));
}

HttpApi::HandlerResult HttpApi::listAudit(RequestContext &context)
{
    const QUrlQuery query = context.request->query();
    Paging paging;
    if (auto problem = readPaging(query, &paging))
        return error(context, *problem);
    AuditFilter filter;
    QString badField;
    if (!AuditFilter::fromQuery(query, &filter, &badField))
        return error(context, ServiceError::validation(
                                  badField, QT_TRANSLATE_NOOP("Server", "Give the time in ISO 8601, "
                                                                        "e.g. 2026-05-01T00:00:00Z.")));
    const Outcome<AuditPage> page = AuditReader::page(filter, paging.limit, paging.cursor);
    if (!page.ok())
        return error(context, page.error());
    return pageReply(page.value().items, page.value().nextCursor);
}

} // namespace loyalty::server
