import { useEffect, useState, type FormEvent } from 'react';
import { AccessLogDocument, type AccessLogQuery } from '@polku/client';
import { useApi } from '../api.js';
import { useI18n } from '../i18n.js';
import { Link, useRouter } from '../router.js';
import { Empty, ErrorNotice, Loading, TableScroll } from '../ui/states.js';

type Entry = AccessLogQuery['personalDataAccessLog']['nodes'][number];

/**
 * The personal-data access log of the organisation's clients, newest first,
 * filtered by client, reader and dates (kept in the address), a page at a time.
 */
export function AccessLogPage() {
  const { t, locale, formatDateTime } = useI18n();
  const { search, navigate } = useRouter();
  const api = useApi();
  const filter = {
    clientId: search.get('client') || null,
    actorSubject: search.get('reader') || null,
    from: search.get('from') || null,
    to: search.get('to') || null,
  };
  const clientCode = search.get('code');
  const [entries, setEntries] = useState<Entry[]>([]);
  const [page, setPage] = useState<{ hasNextPage: boolean; endCursor?: string | null }>({ hasNextPage: false });
  const [state, setState] = useState<{ loading: boolean; error?: unknown }>({ loading: true });
  const key = JSON.stringify({ filter, locale });

  const load = async (after: string | null, replace: boolean) => {
    setState({ loading: true });
    try {
      const { personalDataAccessLog } = await api(AccessLogDocument, { filter, first: 50, after, locale });
      setEntries((previous) => (replace ? personalDataAccessLog.nodes : [...previous, ...personalDataAccessLog.nodes]));
      setPage(personalDataAccessLog.pageInfo);
      setState({ loading: false });
    } catch (error) {
      setState({ loading: false, error });
    }
  };
  useEffect(() => {
    void load(null, true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, api]);

  const [reader, setReader] = useState(filter.actorSubject ?? '');
  const [from, setFrom] = useState(filter.from ?? '');
  const [to, setTo] = useState(filter.to ?? '');
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams(search);
    for (const [name, value] of Object.entries({ reader, from, to })) value ? next.set(name, value) : next.delete(name);
    navigate(`/access-log?${next}`);
  };

  return (
    <div>
      <h1>{t('accessLogTitle')}</h1>
      <p>{t('accessLogLead')}</p>
      <form className="filters" onSubmit={apply}>
        <label>
          <span>{t('reader')}</span>
          <input value={reader} onChange={(event) => setReader(event.target.value)} />
        </label>
        <label>
          <span>{t('from')}</span>
          <input type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
        </label>
        <label>
          <span>{t('to')}</span>
          <input type="date" value={to} onChange={(event) => setTo(event.target.value)} />
        </label>
        <button type="submit">{t('filter')}</button>
        {search.toString() && (
          <button
            type="button"
            onClick={() => {
              setReader('');
              setFrom('');
              setTo('');
              navigate('/access-log');
            }}
          >
            {t('clearFilters')}
          </button>
        )}
      </form>
      {filter.clientId && clientCode && (
        <p className="active-filter">
          {t('onlyClient', { code: clientCode })} · <Link to={`/access-report/${encodeURIComponent(filter.clientId)}`}>{t('accessReport')}</Link>
        </p>
      )}
      {state.error !== undefined && <ErrorNotice error={state.error} onRetry={() => void load(null, true)} />}
      {!state.loading && !state.error && entries.length === 0 && <Empty>{t('noAccesses')}</Empty>}
      {entries.length > 0 && (
        <TableScroll label={t('accessLogTitle')}>
          <table data-table="access-log">
            <thead>
              <tr>
                <th scope="col">{t('accessedAt')}</th>
                <th scope="col">{t('client')}</th>
                <th scope="col">{t('reader')}</th>
                <th scope="col">{t('purpose')}</th>
                <th scope="col">{t('fields')}</th>
                <th scope="col">{t('operation')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id}>
                  <td>{formatDateTime(entry.accessedAt)}</td>
                  <td>
                    {entry.client ? (
                      <>
                        <Link to={`/access-log?client=${encodeURIComponent(entry.client.id)}&code=${encodeURIComponent(entry.client.code)}`}>{entry.client.code}</Link>
                        {' · '}
                        <Link to={`/access-report/${encodeURIComponent(entry.client.id)}`} aria-label={`${t('accessReport')} ${entry.client.code}`}>
                          {t('accessReport')}
                        </Link>
                      </>
                    ) : (
                      '–'
                    )}
                  </td>
                  <td>
                    {entry.actorSubject}
                    <div className="note">{entry.actorOrganisation.name}</div>
                  </td>
                  <td>{entry.purposeLabel}</td>
                  <td>{entry.fields.join(', ')}</td>
                  <td>{entry.operationName ?? '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
      {state.loading && <Loading />}
      {page.hasNextPage && !state.loading && (
        <button type="button" onClick={() => void load(page.endCursor ?? null, false)}>
          {t('loadMore')}
        </button>
      )}
    </div>
  );
}
