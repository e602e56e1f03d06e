import { useEffect, useState } from 'react';
import { PathsInPhaseDocument, type PathsInPhaseQuery, type Phase } from '@polku/client';
import { useApi } from '../api.js';
import { useI18n } from '../i18n.js';
import { Link, useRouter } from '../router.js';
import { Empty, ErrorNotice, Loading, TableScroll } from '../ui/states.js';

type Path = PathsInPhaseQuery['enrolments']['nodes'][number];
const phases: Phase[] = ['INTAKE', 'ASSESSMENT', 'COACHING', 'TRANSITION', 'EXITED'];
const openPhases = phases.filter((phase) => phase !== 'EXITED');
export const order = (phase: string) => phases.indexOf(phase as Phase);

/**
 * A coach's worklist: the organisation's client paths, phase against the
 * path template. Open paths by default (one request per open phase); one
 * phase at a time, a page at a time, for the rest.
 */
export function ClientsPage() {
  const { t, locale, formatDate } = useI18n();
  const { search, navigate } = useRouter();
  const api = useApi();
  const phase = phases.find((candidate) => candidate === search.get('phase')) ?? null;
  const [paths, setPaths] = useState<Path[]>([]);
  const [labels, setLabels] = useState<Record<string, string>>({});
  const [next, setNext] = useState<string | null>(null);
  const [state, setState] = useState<{ loading: boolean; error?: unknown }>({ loading: true });

  const load = async (after: string | null) => {
    setState({ loading: true });
    try {
      const pages = await Promise.all((phase ? [phase] : openPhases).map((one) => api(PathsInPhaseDocument, { phase: one, first: 100, after, locale })));
      const loaded = pages.flatMap((page) => page.enrolments.nodes);
      setPaths((previous) => (after ? [...previous, ...loaded] : loaded));
      setNext(phase && pages[0]!.enrolments.pageInfo.hasNextPage ? (pages[0]!.enrolments.pageInfo.endCursor ?? null) : null);
      setLabels((previous) => ({ ...previous, ...Object.fromEntries(loaded.map((path) => [path.phase, path.phaseLabel])) }));
      setState({ loading: false });
    } catch (error) {
      setState({ loading: false, error });
    }
  };
  useEffect(() => {
    void load(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, phase, locale]);

  return (
    <div>
      <h1>{t('clientsTitle')}</h1>
      <div className="filters">
        <label>
          <span>{t('allPhases')}</span>
          <select value={phase ?? ''} onChange={(event) => navigate(event.target.value ? `/clients?phase=${event.target.value}` : '/clients')}>
            <option value="">{t('openPaths')}</option>
            {phases.map((one) => (
              <option key={one} value={one}>
                {labels[one] ?? t(`phase${one}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {state.error !== undefined && <ErrorNotice error={state.error} onRetry={() => void load(null)} />}
      {!state.loading && !state.error && paths.length === 0 && <Empty>{t('noClients')}</Empty>}
      {paths.length > 0 && (
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
              {paths.map((path) => {
                const behind = path.expectedPhase && path.phase !== 'EXITED' && order(path.phase) < order(path.expectedPhase.phase);
                return (
                  <tr key={path.id}>
                    <th scope="row">
                      <Link to={`/clients/${encodeURIComponent(path.id)}`}>{path.client.code}</Link>
                    </th>
                    <td>{path.project.name}</td>
                    <td>
                      {path.phaseLabel}
                      {behind && <span className="badge warn"> ({t('behindTemplate')})</span>}
                    </td>
                    <td>{path.expectedPhase?.phaseLabel ?? '–'}</td>
                    <td>{path.monthOnPath}</td>
                    <td>{path.goals.length}</td>
                    <td>{path.coachingSessions.length}</td>
                    <td>{path.latestReferral ? `${path.latestReferral.receiver.name}: ${path.latestReferral.statusLabel}` : '–'}</td>
                    <td>{path.exitOutcome ? formatDate(path.exitOutcome.exitDate) : '–'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      {state.loading && <Loading />}
      {next && !state.loading && (
        <button type="button" onClick={() => void load(next)}>
          {t('loadMore')}
        </button>
      )}
    </div>
  );
}
