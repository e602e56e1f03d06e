import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { PooledFiguresDocument, type MetricsGranularity, type PooledFiguresQuery } from '@polku/client';
import { useQuery } from '../api.js';
import { useMe } from '../App.js';
import { useI18n } from '../i18n.js';
import { useRouter } from '../router.js';
import { Empty, ErrorNotice, Loading, TableScroll } from '../ui/states.js';
import { figureTables, periodLabel, targetRows, toCsv, type FigureTable } from './tables.js';

type Figures = PooledFiguresQuery['projectMetrics'];
const granularities: MetricsGranularity[] = ['MONTH', 'QUARTER', 'YEAR'];
const today = () => new Date().toISOString().slice(0, 10);

/**
 * A coordinator's or funder's page: a project's pooled, suppressed figures
 * over a period as charts, each with its table, and the same tables as CSV.
 * The choices live in the address, so a view can be bookmarked and shared.
 */
export function FiguresPage() {
  const me = useMe();
  const { t, locale } = useI18n();
  const { search, navigate } = useRouter();
  const projects = me.projects;
  const project = projects.find((candidate) => candidate.slug === search.get('project')) ?? projects[0];
  const from = search.get('from') || (project?.startsOn ?? `${new Date().getFullYear() - 2}-01-01`);
  const to = search.get('to') || (project?.endsOn && project.endsOn < today() ? project.endsOn : today());
  const granularity = (granularities.find((g) => g === search.get('per')) ?? 'YEAR') as MetricsGranularity;
  const figures = useQuery(
    PooledFiguresDocument,
    { projectId: project?.id ?? '', view: 'POOLED', from, to, granularity, locale },
    { skip: !project },
  );

  if (!project) return <Empty>{t('noProjects')}</Empty>;
  const choose = (changes: Record<string, string>) => {
    const next = new URLSearchParams({ project: project.slug, from, to, per: granularity, ...changes });
    navigate(`/figures?${next}`);
  };
  return (
    <div className="figures">
      <h1>
        {t('figuresTitle')}: {project.name}
      </h1>
      <Filters
        key={`${project.slug}|${from}|${to}|${granularity}`}
        projects={projects}
        value={{ project: project.slug, from, to, per: granularity }}
        onChange={(value) => choose(value.project !== project.slug ? { project: value.project, from: '', to: '' } : value)}
      />
      {figures.error !== undefined && <ErrorNotice error={figures.error} onRetry={figures.reload} />}
      {figures.loading && !figures.data && <Loading />}
      {figures.data && <FiguresView figures={figures.data.projectMetrics} granularity={granularity} stale={figures.loading} />}
    </div>
  );
}

function Filters({
  projects,
  value,
  onChange,
}: {
  projects: Array<{ slug: string; name: string }>;
  value: { project: string; from: string; to: string; per: MetricsGranularity };
  onChange(value: { project: string; from: string; to: string; per: MetricsGranularity }): void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(value);
  useEffect(() => setDraft(value), [value.project, value.from, value.to, value.per]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange(draft);
  };
  return (
    <form className="filters" onSubmit={submit}>
      <label>
        <span>{t('project')}</span>
        <select value={draft.project} onChange={(event) => onChange({ ...draft, project: event.target.value })}>
          {projects.map((project) => (
            <option key={project.slug} value={project.slug}>
              {project.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('from')}</span>
        <input type="date" value={draft.from} required onChange={(event) => setDraft({ ...draft, from: event.target.value })} />
      </label>
      <label>
        <span>{t('to')}</span>
        <input type="date" value={draft.to} required onChange={(event) => setDraft({ ...draft, to: event.target.value })} />
      </label>
      <label>
        <span>{t('granularity')}</span>
        <select value={draft.per} onChange={(event) => setDraft({ ...draft, per: event.target.value as MetricsGranularity })}>
          {granularities.map((g) => (
            <option key={g} value={g}>
              {t(`granularity${g}`)}
            </option>
          ))}
        </select>
      </label>
      <button type="submit">{t('show')}</button>
    </form>
  );
}

function FiguresView({ figures, granularity, stale }: { figures: Figures; granularity: MetricsGranularity; stale: boolean }) {
  const i18n = useI18n();
  const { t, formatNumber, formatDate } = i18n;
  const tables = useMemo(() => figureTables(figures, granularity, i18n), [figures, granularity, i18n]);
  const targets = useMemo(() => targetRows(figures, i18n), [figures, i18n]);
  const byId = (id: string) => tables.find((table) => table.id === id)!;
  const anySuppressed = JSON.stringify(figures).includes('"suppressed":true');
  const qualityTarget = figures.project.targets.find((target) => target.metric === 'QUALITY_PATH_SHARE')?.minimum;
  const heading = [`${figures.project.name}`, `${formatDate(figures.from)}–${formatDate(figures.to)}`, t('pooledNote'), t('figureSourceLive')];

  const download = () => {
    const blob = new Blob(['\uFEFF', toCsv(heading, tables)], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${figures.project.slug}-${figures.from}-${figures.to}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  };

  const series = figures.timeSeries.map((bucket) => ({
    period: periodLabel(bucket.from, granularity),
    exits: bucket.exits.suppressed ? null : bucket.exits.value,
    rate: bucket.qualityPathRate.suppressed || bucket.qualityPathRate.value == null ? null : Math.round(bucket.qualityPathRate.value * 1000) / 10,
  }));
  const destinations = figures.destinations
    .filter((d) => !d.count.suppressed && (d.count.value ?? 0) > 0)
    .map((d) => ({ label: d.label, count: d.count.value }));

  return (
    <div className="figures-view" aria-busy={stale}>
      <p className="source">
        {t('pooledNote')} {t('figureSourceLive')}
      </p>
      {anySuppressed && (
        <p className="suppression-note">
          <span className="suppressed-cell">{t('suppressed')}</span> {t('suppressionNote', { k: figures.minimumCellSize })}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={download}>
          {t('downloadCsv')}
        </button>
      </div>

      <section className="cards" aria-label={t('summaryTable')}>
        <Card label={t('exits')} value={byId('totals').rows[0]![0]!} />
        <Card label={t('qualityPath')} value={byId('totals').rows[0]![1]!} />
        <Card label={t('qualityPathRate')} value={byId('totals').rows[0]![2]!} />
        {targets.map((target) => (
          <Card
            key={target.label}
            label={`${t('target')}: ${target.label}`}
            value={`${target.actual} / ${target.target}`}
            note={target.met === null ? undefined : target.met ? t('targetMet') : t('targetNotMet')}
          />
        ))}
      </section>
      <Table table={byId('totals')} />

      {figures.timeSeries.length === 0 || figures.exits.value === 0 ? (
        <Empty>{t('noFigures')}</Empty>
      ) : (
        <>
          <figure className="chart" data-chart="periods">
            <figcaption>{t('periodsChart')}</figcaption>
            <div className="chart-area" role="img" aria-label={`${t('periodsChart')}. ${t('chartSuppressedNote')}`}>
              <ResponsiveContainer width="100%" height={280}>
                <ComposedChart data={series} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
                  <CartesianGrid stroke="#d0d4da" vertical={false} />
                  <XAxis dataKey="period" tick={{ fill: '#1f2933', fontSize: 12 }} />
                  <YAxis yAxisId="exits" allowDecimals={false} tick={{ fill: '#1f2933', fontSize: 12 }} width={40} />
                  <YAxis yAxisId="rate" orientation="right" domain={[0, 100]} unit=" %" tick={{ fill: '#1f2933', fontSize: 12 }} width={48} />
                  <Tooltip formatter={(value, name) => (name === t('qualityPathRate') ? `${formatNumber(Number(value))} %` : formatNumber(Number(value)))} />
                  <Legend />
                  <Bar yAxisId="exits" dataKey="exits" name={t('exits')} fill="#0b5394" isAnimationActive={false} />
                  <Line yAxisId="rate" dataKey="rate" name={t('qualityPathRate')} stroke="#a8431a" strokeWidth={3} dot={{ r: 4 }} connectNulls={false} isAnimationActive={false} />
                  {qualityTarget !== undefined && (
                    <ReferenceLine yAxisId="rate" y={qualityTarget} stroke="#1f2933" strokeDasharray="6 4" label={{ value: `${t('target')} ${qualityTarget} %`, fill: '#1f2933', fontSize: 12, position: 'insideTopLeft' }} />
                  )}
                </ComposedChart>
              </ResponsiveContainer>
            </div>
            <p className="note">{t('chartSuppressedNote')}</p>
          </figure>
          <Table table={byId('periods')} />

          {destinations.length > 0 && (
            <figure className="chart" data-chart="destinations">
              <figcaption>{t('destinationsTable')}</figcaption>
              <div className="chart-area" role="img" aria-label={t('destinationsTable')}>
                <ResponsiveContainer width="100%" height={Math.max(120, destinations.length * 34 + 40)}>
                  <BarChart data={destinations} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
                    <CartesianGrid stroke="#d0d4da" horizontal={false} />
                    <XAxis type="number" allowDecimals={false} tick={{ fill: '#1f2933', fontSize: 12 }} />
                    <YAxis type="category" dataKey="label" width={150} tick={{ fill: '#1f2933', fontSize: 11 }} />
                    <Tooltip />
                    <Bar dataKey="count" name={t('count')} fill="#0b5394" isAnimationActive={false} />
                  </BarChart>
                </ResponsiveContainer>
              </div>
            </figure>
          )}
          <Table table={byId('destinations')} />
        </>
      )}
      <Table table={byId('partners')} />
      <Table table={byId('esf')} />
      <Table table={byId('follow-ups')} />
      {byId('soft-outcomes').rows.length > 0 && <Table table={byId('soft-outcomes')} />}
    </div>
  );
}

function Card({ label, value, note }: { label: string; value: string; note?: string }) {
  return (
    <div className="card">
      <div className="card-label">{label}</div>
      <div className="card-value">{value}</div>
      {note && <div className="card-note">{note}</div>}
    </div>
  );
}

/** One table of figures, its cells exactly the strings the CSV gets. */
function Table({ table }: { table: FigureTable }) {
  const { t } = useI18n();
  const suppressed = t('suppressed');
  return (
    <TableScroll label={table.title}>
      <table className="figure-table" data-table={table.id}>
        <caption>{table.title}</caption>
        <thead>
          <tr>
            {table.columns.map((column) => (
              <th key={column} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, index) => (
            <tr key={index}>
              {row.map((cell, column) =>
                column === 0 && table.columns.length > 1 && table.rows.length > 1 ? (
                  <th key={column} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={column} className={cell === suppressed ? 'suppressed-cell' : undefined}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
