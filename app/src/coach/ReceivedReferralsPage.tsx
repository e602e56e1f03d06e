import { useState } from 'react';
import { AcceptReferralDocument, DeclineReferralDocument, ReceivedReferralsDocument, ReferralChangedDocument, ReferralReceivedDocument, type ReceivedReferralsQuery } from '@polku/client';
import { useMutation, useQuery, useSubscription } from '../api.js';
import { useI18n } from '../i18n.js';
import type { Strings } from '../strings.js';
import { Empty, ErrorNotice, Loading } from '../ui/states.js';

type Referral = ReceivedReferralsQuery['receivedReferrals']['nodes'][number];
type Shared = NonNullable<Referral['sharedClient']>;
const sharedFields = ['fullName', 'birthYear', 'municipality', 'languages', 'contact', 'educationLevel', 'obstacles'] as const;

/**
 * The referral inbox: answer referrals, seeing only the client data the client
 * consented to share. Live: a referral sent to the organisation appears at the
 * top as it is sent, and a change (a colleague's answer, the sender
 * withdrawing, expiry) shows without a reload.
 */
export function ReceivedReferralsPage() {
  const { t, locale } = useI18n();
  const inbox = useQuery(ReceivedReferralsDocument, { first: 50, locale });
  const [arrived, setArrived] = useState<Referral[]>([]);
  const [changed, setChanged] = useState<Record<string, Pick<Referral, 'status' | 'statusLabel' | 'declineReason'>>>({});
  const [announcement, setAnnouncement] = useState('');
  useSubscription(ReferralReceivedDocument, { locale }, ({ referralReceived }) => {
    const referral = referralReceived.referral;
    if (!referral) return;
    setArrived((previous) => [referral, ...previous.filter((other) => other.id !== referral.id)]);
    setAnnouncement(t('liveReceived', { sender: referral.sender.name }));
  });
  useSubscription(ReferralChangedDocument, { locale }, ({ referralChanged }) => {
    const referral = referralChanged.referral;
    if (!referral || referral.sentByCaller) return;
    setChanged((previous) => ({ ...previous, [referral.id]: { status: referral.status, statusLabel: referral.statusLabel, declineReason: referral.declineReason } }));
  });
  const listed = inbox.data?.receivedReferrals.nodes ?? [];
  const nodes = [...arrived.filter((referral) => !listed.some((other) => other.id === referral.id)), ...listed].map((referral) => ({ ...referral, ...changed[referral.id] }));
  return (
    <div>
      <h1>{t('receivedTitle')}</h1>
      <p className="note" role="status" aria-live="polite" data-live>
        {announcement || t('liveInbox')}
      </p>
      {inbox.error !== undefined && <ErrorNotice error={inbox.error} onRetry={inbox.reload} />}
      {inbox.loading && !inbox.data && <Loading />}
      {inbox.data && nodes.length === 0 && <Empty>{t('noReceived')}</Empty>}
      <ul className="referrals">
        {nodes.map((referral) => (
          <ReferralCard key={referral.id} referral={referral} onAnswered={inbox.reload} />
        ))}
      </ul>
    </div>
  );
}

function ReferralCard({ referral, onAnswered }: { referral: Referral; onAnswered(): void }) {
  const { t, locale, formatDateTime } = useI18n();
  const accept = useMutation(AcceptReferralDocument);
  const decline = useMutation(DeclineReferralDocument);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const headingId = `referral-${referral.id}`;
  return (
    <li className="panel referral" aria-labelledby={headingId} data-referral={referral.id}>
      <h2 id={headingId}>
        {referral.sender.name} → {referral.serviceOffering.name}
      </h2>
      <dl className="facts">
        <div>
          <dt>{t('status')}</dt>
          <dd data-field="status">{referral.statusLabel}</dd>
        </div>
        <div>
          <dt>{t('project')}</dt>
          <dd>{referral.project.name}</dd>
        </div>
        <div>
          <dt>{t('service')}</dt>
          <dd>{referral.serviceOffering.typeLabel}</dd>
        </div>
        <div>
          <dt>{t('sentAt')}</dt>
          <dd>{formatDateTime(referral.sentAt)}</dd>
        </div>
        {referral.answerBy && (
          <div>
            <dt>{t('answerBy')}</dt>
            <dd>{formatDateTime(referral.answerBy)}</dd>
          </div>
        )}
      </dl>
      <h3>{t('sharedData')}</h3>
      {referral.sharedClient ? <SharedData shared={referral.sharedClient} /> : <p className="note">{t('noSharedData')}</p>}
      {referral.status === 'SENT' && (
        <div className="actions">
          <button type="button" className="primary" disabled={accept.saving} onClick={async () => (await accept.run({ referralId: referral.id, locale })) && onAnswered()}>
            {t('accept')}
          </button>
          {!declining && (
            <button type="button" onClick={() => setDeclining(true)}>
              {t('decline')}
            </button>
          )}
        </div>
      )}
      {declining && referral.status === 'SENT' && (
        <form
          className="decline"
          onSubmit={async (event) => {
            event.preventDefault();
            if (await decline.run({ referralId: referral.id, reason, locale })) onAnswered();
          }}
        >
          <label>
            <span>{t('declineReason')}</span>
            <textarea required value={reason} maxLength={1000} onChange={(event) => setReason(event.target.value)} />
          </label>
          <div className="actions">
            <button type="submit" disabled={decline.saving}>
              {t('confirmDecline')}
            </button>
            <button type="button" onClick={() => setDeclining(false)}>
              {t('cancel')}
            </button>
          </div>
        </form>
      )}
      {accept.error !== undefined && <ErrorNotice error={accept.error} />}
      {decline.error !== undefined && <ErrorNotice error={decline.error} />}
    </li>
  );
}

/** Exactly the consented fields: a field the client did not consent to arrives as null and is left out. */
function SharedData({ shared }: { shared: Shared }) {
  const { t } = useI18n();
  const shown = sharedFields.filter((field) => shared[field] != null && !(Array.isArray(shared[field]) && (shared[field] as unknown[]).length === 0));
  if (shown.length === 0) return <p className="note">{t('noSharedData')}</p>;
  return (
    <dl className="facts shared" data-shared>
      {shown.map((field) => {
        const value = shared[field];
        return (
          <div key={field} data-field={field}>
            <dt>{t(`field${field}` as keyof Strings)}</dt>
            <dd>{Array.isArray(value) ? value.map(display).join(', ') : display(value)}</dd>
          </div>
        );
      })}
    </dl>
  );
}

/** Enum values (education level) read as words; free text stays as it is. */
function display(value: unknown): string {
  const text = String(value);
  return /^[A-Z_]+$/.test(text) ? text.replace(/_/g, ' ').toLowerCase() : text;
}
