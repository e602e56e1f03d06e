import { useState } from 'react';
import { ReferralChangedDocument, SentReferralsDocument } from '@polku/client';
import { useQuery, useSubscription } from '../api.js';
import { useI18n } from '../i18n.js';
import { Empty, ErrorNotice, Loading } from '../ui/states.js';

/** Referrals the organisation made, each with its history of moves; a receiver's decision shows without a reload. */
export function SentReferralsPage() {
  const { t, locale, formatDateTime } = useI18n();
  const sent = useQuery(SentReferralsDocument, { first: 50, locale });
  const [announcement, setAnnouncement] = useState('');
  useSubscription(ReferralChangedDocument, { locale }, ({ referralChanged }) => {
    const referral = referralChanged.referral;
    if (!referral?.sentByCaller) return;
    // The history and status come with the list: fetch it again.
    sent.reload();
    setAnnouncement(t('liveChanged', { receiver: referral.receiver.name, status: referral.statusLabel }));
  });
  const nodes = sent.data?.sentReferrals.nodes ?? [];
  return (
    <div>
      <h1>{t('sentTitle')}</h1>
      <p className="note" role="status" aria-live="polite" data-live>
        {announcement || t('liveSent')}
      </p>
      {sent.error !== undefined && <ErrorNotice error={sent.error} onRetry={sent.reload} />}
      {sent.loading && !sent.data && <Loading />}
      {sent.data && nodes.length === 0 && <Empty>{t('noSent')}</Empty>}
      <ul className="referrals">
        {nodes.map((referral) => (
          <li key={referral.id} className="panel referral" aria-labelledby={`sent-${referral.id}`}>
            <h2 id={`sent-${referral.id}`}>
              {referral.receiver.name} → {referral.serviceOffering.name}
            </h2>
            <dl className="facts">
              <div>
                <dt>{t('status')}</dt>
                <dd>{referral.statusLabel}</dd>
              </div>
              <div>
                <dt>{t('project')}</dt>
                <dd>{referral.project.name}</dd>
              </div>
              <div>
                <dt>{t('sentAt')}</dt>
                <dd>{formatDateTime(referral.sentAt) || '–'}</dd>
              </div>
              {referral.declineReason && (
                <div>
                  <dt>{t('declineReason')}</dt>
                  <dd>{referral.declineReason}</dd>
                </div>
              )}
            </dl>
            <h3>{t('history')}</h3>
            <ol className="history">
              {referral.events.map((event, index) => (
                <li key={index}>
                  {formatDateTime(event.at)}: {event.fromStatus ? `${t(`status${event.fromStatus}`)} → ` : ''}
                  {t(`status${event.toStatus}`)} · {t('by', { actor: `${event.actorSubject}${event.actorOrganisation ? ` (${event.actorOrganisation.name})` : ''}` })}
                  {event.reason ? ` — ${event.reason}` : ''}
                </li>
              ))}
            </ol>
          </li>
        ))}
      </ul>
    </div>
  );
}
