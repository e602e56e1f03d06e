import { OverdueFollowUpsDocument } from '@polku/client';
import { useQuery } from '../api.js';
import { useI18n } from '../i18n.js';
import type { Strings } from '../strings.js';
import { Link } from '../router.js';
import { Empty, ErrorNotice, Loading, TableScroll } from '../ui/states.js';

/** The follow-ups past due, oldest first: a worklist. */
export function FollowUpsPage() {
  const { t, formatDate } = useI18n();
  // The API gives ISO 8601 durations (P4W, P3M).
  const duration = (iso: string) => {
    const match = iso.match(/^P(\d+)([DWMY])$/);
    return match ? t(`duration${match[2]}` as keyof Strings, { n: match[1]! }) : iso;
  };
  const overdue = useQuery(OverdueFollowUpsDocument, { first: 100 });
  const nodes = overdue.data?.overdueFollowUps.nodes ?? [];
  return (
    <div>
      <h1>{t('followUpsTitle')}</h1>
      {overdue.error !== undefined && <ErrorNotice error={overdue.error} onRetry={overdue.reload} />}
      {overdue.loading && !overdue.data && <Loading />}
      {overdue.data && nodes.length === 0 && <Empty>{t('noOverdue')}</Empty>}
      {nodes.length > 0 && (
        <TableScroll label={t('followUpsTitle')}>
          <table data-table="follow-ups">
            <thead>
              <tr>
                <th scope="col">{t('dueOn')}</th>
                <th scope="col">{t('client')}</th>
                <th scope="col">{t('project')}</th>
                <th scope="col">{t('after')}</th>
                <th scope="col">{t('exit')}</th>
              </tr>
            </thead>
            <tbody>
              {nodes.map((followUp) => (
                <tr key={followUp.id}>
                  <td>{formatDate(followUp.dueOn)}</td>
                  <th scope="row">
                    <Link to={`/clients/${encodeURIComponent(followUp.exitOutcome.enrolment.id)}`}>{followUp.exitOutcome.enrolment.client.code}</Link>
                  </th>
                  <td>{followUp.exitOutcome.enrolment.project.name}</td>
                  <td>{duration(followUp.after)}</td>
                  <td>
                    {formatDate(followUp.exitOutcome.exitDate)} · {followUp.exitOutcome.destinationLabel}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
