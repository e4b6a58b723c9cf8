#include "ui/EndManualTierDialog.h"

#include "client/EndManualTierJob.h"
#include "core/TierOverrideRequest.h"
#include "models/MemberRepository.h"

#include <QLabel>
#include <QLocale>

namespace loyalty {

EndManualTierDialog::EndManualTierDialog(MemberRepository &members, const Member &member, QWidget *parent)
    : ReasonDialog(parent), m_members(members), m_member(member)
{
    setObjectName(QStringLiteral("endManualTierDialog"));
    setWindowTitle(tr("End manual tier"));
    setReasonMaxLength(TierOverrideRequest::kMaxReasonLength);
    const QLocale locale;
    const QString tier = member.tier.name.text(locale.name());
    const QString until = member.manualTier ? locale.toString(member.manualTier->until.toLocalTime().date(),
                                                              QLocale::ShortFormat)
                                            : QString();
    setIntro(tr("%1 (%2) holds %3, set by hand until %4. End it now: the tier the programme's rules give "
                "applies again.")
                 .arg(member.name, member.memberNo, tier, until));
    setOkText(tr("End manual tier"));
}

void EndManualTierDialog::submit()
{
    if (isBusy())
        return;
    if (reason().isEmpty()) {
        showError(tr("Say why the manual tier ends early."));
        return;
    }
    errorLabel()->hide();
    setBusy(true);
    EndManualTierJob *job = m_members.endManualTier(m_member.id, reason());
    connect(job, &ApiJob::finished, this, [this](ApiJob *finished) {
        setBusy(false);
        if (!finished->succeeded()) {
            showError(finished->errorText());
            return;
        }
        m_result = static_cast<EndManualTierJob *>(finished)->member();
        accept();
    });
}

} // namespace loyalty
