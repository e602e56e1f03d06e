import { ClientPathsDocument } from '@polku/client';
import { useQuery } from '../api.js';
import { useI18n } from '../i18n.js';
import { Link } from '../router.js';
import { Empty, ErrorNotice, Loading, TableScroll } from '../ui/states.js';

/** A coach's worklist: the organisation's client paths, phase against the path template. */
export function ClientsPage() {
  const { t, locale, formatDate } = useI18n();
  const paths = useQuery(ClientPathsDocument, { first: 100, locale });
  const nodes = paths.data?.enrolments.nodes ?? [];
  return (
    <div>
      <h1>{t('clientsTitle')}</h1>
      {paths.error !== undefined && <ErrorNotice error={paths.error} onRetry={paths.reload} />}
      {paths.loading && !paths.data && <Loading />}
      {paths.data && nodes.length === 0 && <Empty>{t('noClients')}</Empty>}
      {nodes.length > 0 && (
        <TableScroll label={t('clientsTitle')}>
          <table data-table="clients">
            <thead>
              <tr>
                <th scope="col">{t('client')}</th>
                <th scope="col">{t('project')}</th>
                <th scope="col">{t('phase')}</th>
                <th scope="col">{t('expectedPhase')}</th>
                <th scope="col">{t('monthOnPath')}</th>
                <th scope="col">{t('goals')}</th>
                <th scope="col">{t('sessions')}</th>
                <th scope="col">{t('latestReferral')}</th>
                <th scope="col">{t('exit')}</th>
              </tr>
            </thead>
            <tbody>
              {nodes.map((path) => {
                const behind = path.expectedPhase && path.phase !== 'EXITED' && order(path.phase) < order(path.expectedPhase.phase);
                return (
                  <tr key={path.id}>
                    <th scope="row">
                      <Link to={`/clients/${encodeURIComponent(path.id)}`}>{path.client.code}</Link>
                    </th>
                    <td>{path.project.name}</td>
                    <td>
                      {path.phaseLabel}
                      {behind && <span className="badge warn"> {t('behindTemplate')}</span>}
                    </td>
                    <td>{path.expectedPhase?.focus ?? '–'}</td>
                    <td>{path.monthOnPath}</td>
                    <td>{path.goals.length}</td>
                    <td>{path.coachingSessions.length}</td>
                    <td>{path.latestReferral ? `${path.latestReferral.receiver.name} (${path.latestReferral.status.toLowerCase()})` : '–'}</td>
                    <td>{path.exitOutcome ? formatDate(path.exitOutcome.exitDate) : '–'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}

const phases = ['INTAKE', 'ASSESSMENT', 'COACHING', 'TRANSITION', 'EXITED'];
export const order = (phase: string) => phases.indexOf(phase);
