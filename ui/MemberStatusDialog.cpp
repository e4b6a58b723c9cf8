#include "ui/MemberStatusDialog.h"

#include "client/BlacklistJob.h"
#include "client/LiftBlacklistJob.h"
#include "client/MemberStatusJob.h"
#include "core/StatusChangeRequest.h"
#include "models/MemberRepository.h"
#include "ui/Prompt.h"

#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QUuid>

namespace loyalty {

MemberStatusDialog::MemberStatusDialog(MemberRepository &members, const Member &member, Change change,
                                       QWidget *parent)
    : ReasonDialog(parent), m_members(members), m_member(member), m_change(change),
      m_key(QUuid::createUuid().toByteArray(QUuid::WithoutBraces))
{
    setObjectName(QStringLiteral("memberStatusDialog"));
    setReasonMaxLength(StatusChangeRequest::kMaxReasonLength);
    const QLocale locale;
    const QString who = tr("%1 (%2)").arg(member.name, member.memberNo);
    switch (change) {
    case Change::Freeze:
        setWindowTitle(tr("Freeze member"));
        setIntro(tr("Freeze %1: until someone unfreezes them, they can neither earn nor spend points. Their "
                    "balance stays as it is.")
                     .arg(who));
        setOkText(tr("Freeze"));
        break;
    case Change::Unfreeze:
        setWindowTitle(tr("Unfreeze member"));
        setIntro(tr("Unfreeze %1: they can earn and spend points again.").arg(who));
        setOkText(tr("Unfreeze"));
        break;
    case Change::Blacklist:
        setWindowTitle(tr("Blacklist member"));
        setIntro(
            tr("Blacklist %1 for fraud: their balance of %2 points is forfeited, their %3 pending points "
               "are cancelled, and they are excluded from tasks and the mall. Lifting the blacklist later "
               "restores none of it.")
                .arg(who, locale.toString(member.balance), locale.toString(member.pendingPoints)));
        setOkText(tr("Blacklist…"));
        break;
    case Change::LiftBlacklist:
        setWindowTitle(tr("Lift blacklist"));
        setIntro(tr("Lift the blacklisting of %1. Forfeited points and cancelled pending points are not "
                    "restored automatically.")
                     .arg(who));
        setOkText(tr("Lift blacklist"));
        break;
    }
}

bool MemberStatusDialog::confirmBlacklist()
{
    const QLocale locale;
    const QString question =
        tr("Really blacklist %1 (%2)?\n\n%3 points will be forfeited now and %4 pending points cancelled. "
           "This is recorded in the audit log and is not undone by lifting the blacklist.")
            .arg(m_member.name, m_member.memberNo, locale.toString(m_member.balance),
                 locale.toString(m_member.pendingPoints));
    return Prompt::question(this, tr("Blacklist member"), question, QMessageBox::Yes | QMessageBox::No,
                            QMessageBox::No) == QMessageBox::Yes;
}

void MemberStatusDialog::submit()
{
    if (isBusy())
        return;
    StatusChangeRequest request;
    request.status = m_change == Change::Freeze      ? MemberStatus::Frozen
                     : m_change == Change::Blacklist ? MemberStatus::Blacklisted
                                                     : MemberStatus::Active;
    request.reason = reason();
    if (const auto violation = request.validate()) {
        showError(violation->text());
        return;
    }
    if (m_change == Change::Blacklist && !confirmBlacklist())
        return;
    errorLabel()->hide();
    setBusy(true);
    ApiJob *job = nullptr;
    switch (m_change) {
    case Change::Freeze:
    case Change::Unfreeze:
        job = m_members.changeStatus(m_member.id, request);
        break;
    case Change::Blacklist:
        job = m_members.blacklist(m_member.id, request.reason, m_key);
        break;
    case Change::LiftBlacklist:
        job = m_members.liftBlacklist(m_member.id, request.reason);
        break;
    }
    connect(job, &ApiJob::finished, this, &MemberStatusDialog::onJobFinished);
}

void MemberStatusDialog::onJobFinished(ApiJob *job)
{
    setBusy(false);
    if (!job->succeeded()) {
        // Blacklisting keeps its key: sending again after a dropped connection forfeits once.
        showError(job->errorText());
        return;
    }
    switch (m_change) {
    case Change::Freeze:
    case Change::Unfreeze:
        m_result = static_cast<MemberStatusJob *>(job)->member();
        break;
    case Change::Blacklist: {
        auto *blacklist = static_cast<BlacklistJob *>(job);
        m_result = blacklist->member();
        m_forfeited = blacklist->forfeitedPoints();
        m_cancelledPending = blacklist->cancelledPending();
        break;
    }
    case Change::LiftBlacklist: {
        auto *lift = static_cast<LiftBlacklistJob *>(job);
        m_result = lift->member();
        m_serverMessage = lift->message();
        break;
    }
    }
    accept();
}

} // namespace loyalty
