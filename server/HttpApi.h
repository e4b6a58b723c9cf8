#pragma once

#include "core/JobInfo.h"
#include "core/Permission.h"
#include "server/ApiReply.h"
#include "server/GroupCommit.h"
#include "server/JobRunner.h"
#include "server/Outcome.h"
#include "server/PageCursor.h"
#include "server/RequestContext.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerResponder>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <functional>
#include <map>
#include <optional>

class QTcpSocket;

namespace loyalty::server {

class Localizer;
struct TierDraft;

// The route table and the handlers: parse, authorise, call a service, serialise. Handlers answer
// synchronously on the main thread; slow work (password hashing) runs on a pool and is written back
// only if the client is still connected (returning QFuture from a handler is unsafe in Qt 6.4).
class HttpApi : public QObject
{
    Q_OBJECT
public:
    struct Settings
    {
        int pbkdf2Iterations = 600000;
        qint64 tokenTtlSeconds = 43200;
        qint64 maxBodyBytes = 1048576;
        int loginMaxFailures = 5;
        qint64 loginWindowSeconds = 15 * 60;
    };

    // Who may call a route. Every row of the table says it explicitly: open to anyone, open to any
    // signed-in user for their own things (the handler keeps them to those), or the holders of one
    // permission as PermissionTable grants it.
    struct Guard
    {
        enum class Access
        {
            Public,
            SelfService,
            Permitted
        };
        Access access = Access::Permitted;
        std::optional<loyalty::Permission> permission;

        static Guard anyone() { return {Access::Public, std::nullopt}; }
        static Guard selfService() { return {Access::SelfService, std::nullopt}; }
        static Guard needs(loyalty::Permission required) { return {Access::Permitted, required}; }
        bool needsToken() const { return access != Access::Public; }
    };

    // What is served, for registration, for the test that compares it with docs/openapi.yaml and for
    // the one that calls every route with every role.
    struct RouteInfo
    {
        QByteArray method;    // "GET", "POST"
        QString pathTemplate; // "/v1/members/{id}"
        Guard guard;
    };
    static QList<RouteInfo> routes();

    HttpApi(const Settings &settings, const Localizer &localizer, QObject *parent = nullptr);
    ~HttpApi() override;

    // Returns the port, 0 on failure.
    quint16 listen(const QHostAddress &address, quint16 port);
    // The job queue the routes and the scheduler start jobs on.
    JobRunner &jobs() { return m_jobs; }

private:
    // A handler either answers now or hands back work for the pool.
    struct HandlerResult
    {
        HandlerResult(ApiReply now) : reply(std::move(now)) {}
        explicit HandlerResult(std::function<ApiReply()> work) : offThread(std::move(work)) {}
        ApiReply reply;
        std::function<ApiReply()> offThread;
    };
    using Handler = HandlerResult (HttpApi::*)(RequestContext &context);
    struct Route
    {
        const char *method;
        const char *pathTemplate;
        Guard guard;
        Handler handler;
    };
    static const QList<Route> &table();

    struct Pending
    {
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;
    };

    void registerRoutes();
    void dispatch(const Route &route, const QStringList &arguments, const QHttpServerRequest &request,
                  QHttpServerResponder &&responder);
    void runOffThread(QHttpServerResponder &&responder, std::function<ApiReply()> work);
    void finishOffThread(quint64 id, const ApiReply &reply);
    static void write(QHttpServerResponder &responder, const ApiReply &reply);
    ApiReply error(const RequestContext &context, const ServiceError &serviceError) const;

    HandlerResult health(RequestContext &context);
    HandlerResult login(RequestContext &context);
    HandlerResult logout(RequestContext &context);
    HandlerResult me(RequestContext &context);
    HandlerResult listMembers(RequestContext &context);
    HandlerResult getMember(RequestContext &context);
    HandlerResult revealMember(RequestContext &context);
    HandlerResult memberLedger(RequestContext &context);
    HandlerResult memberLots(RequestContext &context);
    // A page of something that belongs to the entity in the path (a member's ledger, a member's lots).
    template <typename Page>
    HandlerResult pageOf(RequestContext &context,
                         Outcome<Page> (*list)(qint64 id, int limit, const std::optional<PageCursor> &after));
    // A page of a top-level list (users, tier versions).
    template <typename Page>
    HandlerResult pageOf(RequestContext &context,
                         Outcome<Page> (*list)(int limit, const std::optional<PageCursor> &after));
    // The shape of every write that moves points: body -> validated request, Idempotency-Key, the
    // path id into `target`, then `service` in its transaction; the stored answer is sent byte for byte.
    template <typename Command, typename Service>
    HandlerResult idempotentWrite(RequestContext &context, qint64 Command::*target, Service service);
    template <typename Command, typename Read, typename Service>
    HandlerResult idempotentWrite(RequestContext &context, qint64 Command::*target, Read read,
                                  Service service);
    // The shape of a write on the entity in the path that answers with what the service returns: the
    // path id, the body (an empty one read as {} where allowed), `read` fills and checks the request,
    // `call(id)` runs the service, its value's JSON is the answer.
    enum class BodyRule
    {
        Required,
        MayBeEmpty
    };
    template <typename Read, typename Call>
    HandlerResult writeOnPath(RequestContext &context, BodyRule rule, int status, Read read, Call call);
    HandlerResult adjustPoints(RequestContext &context);
    HandlerResult updateMember(RequestContext &context);
    HandlerResult blacklistMember(RequestContext &context);
    HandlerResult liftBlacklist(RequestContext &context);
    HandlerResult setManualTier(RequestContext &context);
    HandlerResult endManualTier(RequestContext &context);
    HandlerResult memberNotes(RequestContext &context);
    HandlerResult addNote(RequestContext &context);
    HandlerResult memberAudit(RequestContext &context);
    HandlerResult memberPending(RequestContext &context);
    HandlerResult addPending(RequestContext &context);
    HandlerResult confirmPending(RequestContext &context);
    HandlerResult listApprovals(RequestContext &context);
    HandlerResult approvalSummary(RequestContext &context);
    HandlerResult approve(RequestContext &context);
    HandlerResult reject(RequestContext &context);
    HandlerResult startJob(RequestContext &context);
    HandlerResult listJobs(RequestContext &context);
    HandlerResult getJob(RequestContext &context);
    QJsonObject jobJson(const RequestContext &context, const JobInfo &job) const;
    HandlerResult reverseEntry(RequestContext &context);
    HandlerResult listTiers(RequestContext &context);
    HandlerResult tiersAtRisk(RequestContext &context);
    HandlerResult tierDraft(RequestContext &context);
    HandlerResult saveTierDraft(RequestContext &context);
    HandlerResult startTierWhatIf(RequestContext &context);
    HandlerResult publishTiers(RequestContext &context);
    HandlerResult tierVersions(RequestContext &context);
    HandlerResult restoreTierVersion(RequestContext &context);
    HandlerResult listItems(RequestContext &context);
    HandlerResult createItem(RequestContext &context);
    HandlerResult getItem(RequestContext &context);
    HandlerResult updateItem(RequestContext &context);
    HandlerResult itemImage(RequestContext &context);
    HandlerResult putItemImage(RequestContext &context);
    HandlerResult deleteItemImage(RequestContext &context);
    HandlerResult changeStock(RequestContext &context);
    HandlerResult stockMovements(RequestContext &context);
    QJsonObject draftJson(const RequestContext &context, const TierDraft &draft) const;
    HandlerResult postEvents(RequestContext &context);
    HandlerResult listRedemptions(RequestContext &context);
    HandlerResult getRedemption(RequestContext &context);
    HandlerResult placeRedemption(RequestContext &context);
    HandlerResult fulfilRedemption(RequestContext &context);
    HandlerResult shipRedemption(RequestContext &context);
    HandlerResult completeRedemption(RequestContext &context);
    HandlerResult cancelRedemption(RequestContext &context);
    HandlerResult openCase(RequestContext &context);
    HandlerResult listCases(RequestContext &context);
    HandlerResult resolveCase(RequestContext &context);
    HandlerResult listUsers(RequestContext &context);
    HandlerResult createUser(RequestContext &context);
    HandlerResult updateUser(RequestContext &context);
    HandlerResult setPassword(RequestContext &context);
    HandlerResult listAudit(RequestContext &context);

    Settings m_settings;
    const Localizer &m_localizer;
    QHttpServer m_server;
    QThreadPool m_pool;
    JobRunner m_jobs;
    GroupCommit m_group; // after m_server: flushed (answers sent) before the server goes
    std::map<quint64, Pending> m_pending;
    quint64 m_nextPending = 0;
};

} // namespace loyalty::server
