import { useState, type FormEvent, type ReactNode } from 'react';
import {
  ClientPathDocument,
  MovePhaseDocument,
  RecordCoachingSessionDocument,
  RecordExitDocument,
  type ExitDestination,
  type Phase,
  type SessionKind,
} from '@polku/client';
import { useMutation, useQuery } from '../api.js';
import { destinationLabel, destinationLabels } from '../destinations.js';
import { useI18n } from '../i18n.js';
import { Link } from '../router.js';
import { Empty, ErrorNotice, Loading, notFound, TableScroll } from '../ui/states.js';
import { order } from './ClientsPage.js';

const today = () => new Date().toISOString().slice(0, 10);

/** One client's path: where it stands against the template, what has happened, and the coach's next moves. */
export function ClientPathPage({ enrolmentId }: { enrolmentId: string }) {
  const { t, locale, formatDate } = useI18n();
  const path = useQuery(ClientPathDocument, { id: enrolmentId, locale });
  const enrolment = path.data?.enrolment;
  return (
    <div>
      <p>
        <Link to="/clients">← {t('backToClients')}</Link>
      </p>
      {path.error !== undefined && <ErrorNotice error={path.error} onRetry={path.reload} />}
      {path.loading && !path.data && <Loading />}
      {path.data && !enrolment && <ErrorNotice error={notFound} />}
      {enrolment && (
        <>
          <h1>{t('pathTitle', { code: enrolment.client.code })}</h1>
          <dl className="facts">
            <Fact label={t('project')}>{enrolment.project.name}</Fact>
            <Fact label={t('phase')}>
              {enrolment.phaseLabel}
              {enrolment.expectedPhase && enrolment.phase !== 'EXITED' && order(enrolment.phase) < order(enrolment.expectedPhase.phase) && (
                <span className="badge warn"> {t('behindTemplate')}</span>
              )}
            </Fact>
            <Fact label={t('expectedPhase')}>{enrolment.expectedPhase ? `${enrolment.expectedPhase.phaseLabel}: ${enrolment.expectedPhase.focus}` : '–'}</Fact>
            <Fact label={t('monthOnPath')}>{enrolment.monthOnPath}</Fact>
            <Fact label={t('startedOn')}>{formatDate(enrolment.startedOn)}</Fact>
            <Fact label={t('plannedEndOn')}>{formatDate(enrolment.plannedEndOn) || '–'}</Fact>
            {enrolment.exitOutcome && (
              <Fact label={t('exit')}>
                {t('exitedOn', { date: formatDate(enrolment.exitOutcome.exitDate), destination: enrolment.exitOutcome.destinationLabel })}
                {enrolment.exitOutcome.qualityPath ? ` (${t('qualityPathYes')})` : ''}
              </Fact>
            )}
          </dl>

          <div className="columns">
            <section aria-labelledby="template">
              <h2 id="template">{t('pathTemplate')}</h2>
              {enrolment.project.pathTemplate.length === 0 && <Empty>{t('noneYet')}</Empty>}
              <ol className="template">
                {enrolment.project.pathTemplate.map((step) => (
                  <li key={`${step.phase}-${step.fromMonth}`} aria-current={step.phase === enrolment.phase ? 'step' : undefined}>
                    <strong>{step.phaseLabel}</strong> · {t('months', { from: step.fromMonth, to: step.toMonth })}
                    <br />
                    {step.focus}
                  </li>
                ))}
              </ol>
            </section>
            <section aria-labelledby="goals">
              <h2 id="goals">{t('goals')}</h2>
              {enrolment.goals.length === 0 ? (
                <Empty>{t('noneYet')}</Empty>
              ) : (
                <ul>
                  {enrolment.goals.map((goal) => (
                    <li key={goal.id}>
                      {goal.title} — {goal.statusLabel}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>

          <section aria-labelledby="sessions">
            <h2 id="sessions">{t('sessions')}</h2>
            {enrolment.coachingSessions.length === 0 ? (
              <Empty>{t('noneYet')}</Empty>
            ) : (
              <TableScroll label={t('sessions')}>
                <table data-table="sessions">
                  <thead>
                    <tr>
                      <th scope="col">{t('date')}</th>
                      <th scope="col">{t('kind')}</th>
                      <th scope="col">{t('minutes')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {enrolment.coachingSessions.map((session) => (
                      <tr key={session.id}>
                        <td>{formatDate(session.heldOn)}</td>
                        <td>{t(`session${session.kind}`)}</td>
                        <td>{session.minutes}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            )}
          </section>

          <div className="columns">
            <section aria-labelledby="activities">
              <h2 id="activities">{t('activities')}</h2>
              {enrolment.activities.length === 0 ? (
                <Empty>{t('noneYet')}</Empty>
              ) : (
                <ul>
                  {enrolment.activities.map((activity) => (
                    <li key={activity.id}>
                      {formatDate(activity.completedOn)} · {activity.kindLabel}: {activity.title}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby="reports">
              <h2 id="reports">{t('reports')}</h2>
              {enrolment.reports.length === 0 ? (
                <Empty>{t('noneYet')}</Empty>
              ) : (
                <ul>
                  {enrolment.reports.map((report) => (
                    <li key={report.id}>
                      {formatDate(report.writtenOn)} · {t(`report${report.kind}`)}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <section aria-labelledby="referrals">
              <h2 id="referrals">{t('referrals')}</h2>
              {enrolment.referrals.length === 0 ? (
                <Empty>{t('noneYet')}</Empty>
              ) : (
                <ul>
                  {enrolment.referrals.map((referral) => (
                    <li key={referral.id}>
                      {referral.receiver.name} — {referral.statusLabel}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>

          {enrolment.phase !== 'EXITED' && (
            <div className="columns forms">
              <SessionForm enrolmentId={enrolment.id} onSaved={path.reload} />
              {enrolment.nextPhases.filter((phase) => phase !== 'EXITED').length > 0 && (
                <MoveForm enrolmentId={enrolment.id} labels={Object.fromEntries(enrolment.project.pathTemplate.map((step) => [step.phase, step.phaseLabel]))} phases={enrolment.nextPhases.filter((phase) => phase !== 'EXITED')} onSaved={path.reload} />
              )}
              {!enrolment.exitOutcome && <ExitForm enrolmentId={enrolment.id} onSaved={path.reload} />}
            </div>
          )}
        </>
      )}
    </div>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function SessionForm({ enrolmentId, onSaved }: { enrolmentId: string; onSaved(): void }) {
  const { t } = useI18n();
  const mutation = useMutation(RecordCoachingSessionDocument);
  const [kind, setKind] = useState<SessionKind>('INDIVIDUAL');
  const [heldOn, setHeldOn] = useState(today());
  const [minutes, setMinutes] = useState('60');
  // One key per form: a double click or a retry records the session once.
  const [idempotencyKey, setKey] = useState(() => crypto.randomUUID());
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await mutation.run({ input: { enrolmentId, kind, heldOn, minutes: Number(minutes), idempotencyKey } })) {
      setKey(crypto.randomUUID());
      onSaved();
    }
  };
  return (
    <form onSubmit={submit} aria-labelledby="record-session" className="panel">
      <h2 id="record-session">{t('recordSession')}</h2>
      <label>
        <span>{t('kind')}</span>
        <select value={kind} onChange={(event) => setKind(event.target.value as SessionKind)}>
          <option value="INDIVIDUAL">{t('sessionINDIVIDUAL')}</option>
          <option value="GROUP">{t('sessionGROUP')}</option>
        </select>
      </label>
      <label>
        <span>{t('heldOn')}</span>
        <input type="date" required value={heldOn} max={today()} onChange={(event) => setHeldOn(event.target.value)} />
      </label>
      <label>
        <span>{t('minutes')}</span>
        <input type="number" required min={1} max={600} value={minutes} onChange={(event) => setMinutes(event.target.value)} />
      </label>
      <button type="submit" disabled={mutation.saving}>
        {mutation.saving ? t('saving') : t('save')}
      </button>
      {mutation.error !== undefined && <ErrorNotice error={mutation.error} />}
      {mutation.data && <p role="status">{t('saved')}</p>}
    </form>
  );
}

function MoveForm({ enrolmentId, phases, labels, onSaved }: { enrolmentId: string; phases: Phase[]; labels: Record<string, string>; onSaved(): void }) {
  const { t, locale } = useI18n();
  const mutation = useMutation(MovePhaseDocument);
  const [to, setTo] = useState<Phase>(phases[0]!);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await mutation.run({ enrolmentId, to, locale })) onSaved();
  };
  return (
    <form onSubmit={submit} aria-labelledby="move-phase" className="panel">
      <h2 id="move-phase">{t('movePhase')}</h2>
      <label>
        <span>{t('moveTo')}</span>
        <select value={to} onChange={(event) => setTo(event.target.value as Phase)}>
          {phases.map((phase) => (
            <option key={phase} value={phase}>
              {labels[phase] ?? t(`phase${phase}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={mutation.saving}>
        {mutation.saving ? t('saving') : t('move')}
      </button>
      {mutation.error !== undefined && <ErrorNotice error={mutation.error} />}
    </form>
  );
}

function ExitForm({ enrolmentId, onSaved }: { enrolmentId: string; onSaved(): void }) {
  const { t, language } = useI18n();
  const mutation = useMutation(RecordExitDocument);
  const [exitDate, setExitDate] = useState(today());
  const [destination, setDestination] = useState<ExitDestination>('EMPLOYED_OPEN_MARKET');
  const [title, setTitle] = useState('');
  const [qualificationGained, setQualification] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await mutation.run({ input: { enrolmentId, exitDate, destination, title: title || null, qualificationGained } })) onSaved();
  };
  return (
    <form onSubmit={submit} aria-labelledby="record-exit" className="panel">
      <h2 id="record-exit">{t('recordExit')}</h2>
      <label>
        <span>{t('exitDate')}</span>
        <input type="date" required value={exitDate} max={today()} onChange={(event) => setExitDate(event.target.value)} />
      </label>
      <label>
        <span>{t('destination')}</span>
        <select value={destination} onChange={(event) => setDestination(event.target.value as ExitDestination)}>
          {(Object.keys(destinationLabels) as ExitDestination[]).map((value) => (
            <option key={value} value={value}>
              {destinationLabel(value, language)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('jobOrField')}</span>
        <input value={title} maxLength={200} onChange={(event) => setTitle(event.target.value)} />
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={qualificationGained} onChange={(event) => setQualification(event.target.checked)} />
        <span>{t('qualificationGainedQuestion')}</span>
      </label>
      <button type="submit" disabled={mutation.saving}>
        {mutation.saving ? t('saving') : t('save')}
      </button>
      {mutation.error !== undefined && <ErrorNotice error={mutation.error} />}
    </form>
  );
}
