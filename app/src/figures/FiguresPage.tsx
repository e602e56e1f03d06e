import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { PooledFiguresDocument, StatisticsReleasesDocument, type MetricsGranularity, type PooledFiguresQuery } from '@polku/client';
import { useApi, useQuery } from '../api.js';
import { useMe } from '../App.js';
import { useI18n } from '../i18n.js';
import { useRouter } from '../router.js';
import { Empty, ErrorNotice, Loading, TableScroll } from '../ui/states.js';
import { figureTables, periodLabel, targetRows, toCsv, yearTable, type FigureTable } from './tables.js';

type Figures = PooledFiguresQuery['projectMetrics'];
type Project = { id: string; slug: string; name: string; startsOn?: string | null; endsOn?: string | null };
/**
 * A coordinator's or funder's page: a project's pooled, suppressed figures
 * as charts, each with its table, and the same tables as CSV. All years: one
 * row per year; one year: per quarter or month with destinations, partners,
 * ESF+ indicators and follow-ups. The choice lives in the address.
 */
export function FiguresPage() {
  const me = useMe();
  const { t } = useI18n();
  const { search, navigate } = useRouter();
  const project = me.projects.find((candidate) => candidate.slug === search.get('project')) ?? me.projects[0];
  // Pooled figures exist for the years with a published statistics release only.
  const releases = useQuery(StatisticsReleasesDocument, { projectId: project?.id ?? '' }, { skip: !project });
  if (!project) return <Empty>{t('noProjects')}</Empty>;
  const years = [...new Set((releases.data?.statisticsReleases ?? []).map((release) => release.year))].sort((a, b) => a - b);
  const year = years.find((candidate) => String(candidate) === search.get('year')) ?? null;
  const per: MetricsGranularity = search.get('per') === 'MONTH' ? 'MONTH' : 'QUARTER';
  return (
    <div className="figures">
      <h1>
        {t('figuresTitle')}: {project.name}
      </h1>
      <Filters
        key={`${project.slug}|${year}|${per}|${years.join()}`}
        projects={me.projects}
        years={years}
        value={{ project: project.slug, year: year ? String(year) : '', per }}
        onChange={(value) => navigate(`/figures?${new URLSearchParams(value.project === project.slug ? value : { project: value.project })}`)}
      />
      {releases.error !== undefined ? (
        <ErrorNotice error={releases.error} onRetry={releases.reload} />
      ) : !releases.data ? (
        <Loading />
      ) : years.length === 0 ? (
        <Empty>{t('noReleases')}</Empty>
      ) : year ? (
        <YearFigures project={project} year={year} per={per} />
      ) : (
        <AllYears project={project} years={years} />
      )}
    </div>
  );
}

function Filters({
  projects,
  years,
  value,
  onChange,
}: {
  projects: Project[];
  years: number[];
  value: { project: string; year: string; per: MetricsGranularity };
  onChange(value: Record<string, string>): void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(value);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onChange(draft.year ? draft : { project: draft.project });
  };
  return (
    <form className="filters" onSubmit={submit}>
      <label>
        <span>{t('project')}</span>
        <select value={draft.project} onChange={(event) => setDraft({ ...draft, project: event.target.value, year: '' })}>
          {projects.map((project) => (
            <option key={project.slug} value={project.slug}>
              {project.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('year')}</span>
        <select value={draft.year} onChange={(event) => setDraft({ ...draft, year: event.target.value })} disabled={draft.project !== value.project}>
          <option value="">{t('allYears')}</option>
          {years.map((year) => (
            <option key={year} value={String(year)}>
              {year}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('granularity')}</span>
        <select value={draft.per} onChange={(event) => setDraft({ ...draft, per: event.target.value as MetricsGranularity })} disabled={!draft.year}>
          <option value="QUARTER">{t('granularityQUARTER')}</option>
          <option value="MONTH">{t('granularityMONTH')}</option>
        </select>
      </label>
      <button type="submit">{t('show')}</button>
    </form>
  );
}

/** Every year of the project, each asked for on its own (in parallel), one row each. */
function AllYears({ project, years }: { project: Project; years: number[] }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const api = useApi();
  const [state, setState] = useState<{ loading: boolean; error?: unknown; years?: Array<{ year: number; figures: Figures }> }>({ loading: true });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, loading: true, error: undefined }));
    Promise.all(
      years.map(async (year) => {
        const { projectMetrics } = await api(PooledFiguresDocument, { projectId: project.id, view: 'POOLED', from: `${year}-01-01`, to: `${year}-12-31`, granularity: 'YEAR', locale });
        return { year, figures: projectMetrics };
      }),
    ).then(
      (loaded) => current && setState({ loading: false, years: loaded }),
      (error: unknown) => current && setState({ loading: false, error }),
    );
    return () => {
      current = false;
    };
  }, [api, project.id, years.join(), locale, round]);

  if (state.error !== undefined) return <ErrorNotice error={state.error} onRetry={() => setRound((n) => n + 1)} />;
  if (!state.years) return <Loading />;
  if (state.years.length === 0) return <Empty>{t('noFigures')}</Empty>;
  const table = yearTable(state.years, i18n);
  const first = state.years[0]!.figures;
  const target = first.project.targets.find((candidate) => candidate.metric === 'QUALITY_PATH_SHARE')?.minimum;
  const series = state.years.map(({ year, figures }) => point(String(year), figures.exits, figures.qualityPathRate));
  const suppressed = state.years.some(({ figures }) => figures.exits.suppressed || figures.qualityPathRate.suppressed);
  return (
    <div className="figures-view" aria-busy={state.loading}>
      <Sources heading={[project.name, t('allYears')]} tables={[table]} slug={`${project.slug}-${state.years[0]!.year}-${state.years.at(-1)!.year}`} k={first.minimumCellSize} suppressed={suppressed} />
      <p className="note">{t('overviewNote')}</p>
      <PeriodChart caption={t('yearsChart')} series={series} target={target} suppressed={suppressed} />
      <Table table={table} />
    </div>
  );
}

function YearFigures({ project, year, per }: { project: Project; year: number; per: MetricsGranularity }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const figures = useQuery(PooledFiguresDocument, { projectId: project.id, view: 'POOLED', from: `${year}-01-01`, to: `${year}-12-31`, granularity: per, locale });
  if (figures.error !== undefined) return <ErrorNotice error={figures.error} onRetry={figures.reload} />;
  if (!figures.data) return <Loading />;
  return <FiguresView figures={figures.data.projectMetrics} granularity={per} stale={figures.loading} year={year} />;
}

const point = (period: string, exits: { value?: number | null; suppressed: boolean }, rate: { value?: number | null; suppressed: boolean }) => ({
  period,
  exits: exits.suppressed ? null : exits.value,
  rate: rate.suppressed || rate.value == null ? null : Math.round(rate.value * 1000) / 10,
});

/** Where the figures come from, the suppression rule when anything is suppressed, and the CSV of the tables shown. */
function Sources({ heading, tables, slug, k, suppressed, release }: { heading: string[]; tables: FigureTable[]; slug: string; k: number; suppressed: boolean; release?: Figures['release'] }) {
  const { t, formatDateTime } = useI18n();
  // One year: the release and revision it comes from; all years: each year's newest release.
  const source = release ? t('releaseSource', { year: release.year, revision: release.revision, published: formatDateTime(release.publishedAt) }) : t('releasesSource');
  const download = () => {
    const blob = new Blob(['\uFEFF', toCsv([...heading, t('pooledNote'), source], tables)], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${slug}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  };
  return (
    <>
      <p className="source">
        {t('pooledNote')} {source}
      </p>
      {suppressed && (
        <p className="suppression-note">
          <span className="suppressed-cell">{t('suppressed')}</span> {t('suppressionNote', { k })}
        </p>
      )}
      <div className="actions">
        <button type="button" onClick={download}>
          {t('downloadCsv')}
        </button>
      </div>
    </>
  );
}

function PeriodChart({ caption, series, target, suppressed }: { caption: string; series: Array<ReturnType<typeof point>>; target?: number; suppressed: boolean }) {
  const { t, formatNumber } = useI18n();
  return (
    <figure className="chart" data-chart="periods">
      <figcaption>{caption}</figcaption>
      <div className="chart-area" role="img" aria-label={suppressed ? `${caption}. ${t('chartSuppressedNote')}` : caption}>
        <ResponsiveContainer width="100%" height={280}>
          <ComposedChart data={series} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid stroke="#d0d4da" vertical={false} />
            <XAxis dataKey="period" tick={{ fill: '#1f2933', fontSize: 12 }} />
            <YAxis yAxisId="exits" allowDecimals={false} tick={{ fill: '#1f2933', fontSize: 12 }} width={40} />
            <YAxis yAxisId="rate" orientation="right" domain={[0, 100]} unit=" %" tick={{ fill: '#1f2933', fontSize: 12 }} width={52} />
            <Tooltip formatter={(value, name) => (name === t('qualityPathRate') ? `${formatNumber(Number(value))} %` : formatNumber(Number(value)))} />
            <Legend />
            <Bar yAxisId="exits" dataKey="exits" name={t('exits')} fill="#0b5394" isAnimationActive={false} />
            <Line yAxisId="rate" dataKey="rate" name={t('qualityPathRate')} stroke="#a8431a" strokeWidth={3} dot={{ r: 4 }} connectNulls={false} isAnimationActive={false} />
            {target !== undefined && (
              <ReferenceLine yAxisId="rate" y={target} stroke="#1f2933" strokeDasharray="6 4" label={{ value: `${t('target')} ${target} %`, fill: '#1f2933', fontSize: 12, position: 'insideTopLeft' }} />
            )}
          </ComposedChart>
        </ResponsiveContainer>
      </div>
      {suppressed && <p className="note">{t('chartSuppressedNote')}</p>}
    </figure>
  );
}

/**
 * One group of figures as horizontal bars, beside the table that holds the
 * same figures: a suppressed figure gets no bar (never a 0 bar) and the note
 * says so; zeros are left out so the bars stay readable.
 */
function CountBars({ chart, caption, bars, decimals = false }: { chart: string; caption: string; bars: Array<{ label: string; value: { value?: number | null; suppressed: boolean } }>; decimals?: boolean }) {
  const { t, formatNumber } = useI18n();
  const drawn = bars.filter((bar) => !bar.value.suppressed && bar.value.value != null && bar.value.value !== 0).map((bar) => ({ label: bar.label, value: bar.value.value }));
  const suppressed = bars.some((bar) => bar.value.suppressed);
  if (drawn.length === 0) return null;
  return (
    <figure className="chart" data-chart={chart}>
      <figcaption>{caption}</figcaption>
      <div className="chart-area" role="img" aria-label={suppressed ? `${caption}. ${t('barsSuppressedNote')}` : caption}>
        <ResponsiveContainer width="100%" height={Math.max(120, drawn.length * 34 + 40)}>
          <BarChart data={drawn} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
            <CartesianGrid stroke="#d0d4da" horizontal={false} />
            <XAxis type="number" allowDecimals={decimals} tick={{ fill: '#1f2933', fontSize: 12 }} />
            <YAxis type="category" dataKey="label" width={150} tick={{ fill: '#1f2933', fontSize: 11 }} />
            <Tooltip formatter={(value) => formatNumber(Number(value))} />
            <Bar dataKey="value" name={caption} fill="#0b5394" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      {suppressed && <p className="note">{t('barsSuppressedNote')}</p>}
    </figure>
  );
}

function FiguresView({ figures, granularity, stale, year }: { figures: Figures; granularity: MetricsGranularity; stale: boolean; year: number }) {
  const i18n = useI18n();
  const { t } = i18n;
  const tables = useMemo(() => figureTables(figures, granularity, i18n), [figures, granularity, i18n]);
  const targets = useMemo(() => targetRows(figures, i18n), [figures, i18n]);
  const byId = (id: string) => tables.find((table) => table.id === id);
  const anySuppressed = JSON.stringify(figures).includes('"suppressed":true');
  const qualityTarget = figures.project.targets.find((target) => target.metric === 'QUALITY_PATH_SHARE')?.minimum;
  const series = figures.timeSeries.map((bucket) => point(periodLabel(bucket.from, granularity), bucket.exits, bucket.qualityPathRate));
  const totals = byId('totals')!.rows[0]!;

  return (
    <div className="figures-view" aria-busy={stale}>
      <Sources heading={[figures.project.name, String(year)]} tables={tables} slug={`${figures.project.slug}-${year}`} k={figures.minimumCellSize} suppressed={anySuppressed} release={figures.release} />
      <section className="cards" aria-label={t('summaryTable')}>
        <Card label={t('exits')} value={totals[0]!} />
        <Card label={t('qualityPath')} value={totals[1]!} />
        <Card label={t('qualityPathRate')} value={totals[2]!} />
        {targets.map((target) => (
          <Card
            key={target.label}
            label={`${t('target')}: ${target.label}`}
            value={`${target.actual} / ${target.target}`}
            note={target.met === null ? undefined : target.met ? t('targetMet') : t('targetNotMet')}
          />
        ))}
      </section>
      {figures.exits.value === 0 ? (
        <Empty>{t('noFigures')}</Empty>
      ) : (
        <PeriodChart caption={t('periodsChart')} series={series} target={qualityTarget} suppressed={figures.timeSeries.some((bucket) => bucket.exits.suppressed || bucket.qualityPathRate.suppressed)} />
      )}
      <CountBars chart="destinations" caption={t('destinationsTable')} bars={figures.destinations.map((d) => ({ label: d.label, value: d.count }))} />
      <CountBars chart="partners" caption={`${t('partnersTable')}: ${t('exits')}`} bars={figures.partners.map((p) => ({ label: p.organisation.name, value: p.exits }))} />
      <CountBars chart="esf" caption={t('esfTable')} bars={figures.esfIndicators.map((e) => ({ label: e.code, value: e.count }))} />
      <CountBars
        chart="follow-ups"
        caption={t('followUpsTable')}
        bars={[
          { label: t('followUpsDue'), value: figures.followUps.due },
          { label: t('followUpsCompleted'), value: figures.followUps.completed },
          { label: t('employedAtSixMonths'), value: figures.followUps.employedAtSixMonths },
        ]}
      />
      <CountBars chart="soft-outcomes" caption={`${t('softOutcomesTable')}: ${t('averageChange')}`} decimals bars={figures.softOutcomes.map((s) => ({ label: s.instrument.name, value: s.averageChange }))} />
      {tables.map((table) => (
        <Table key={table.id} table={table} />
      ))}
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
    <>
    {/* The title stays in view above a table that scrolls sideways on a phone; the caption names the table for screen readers. */}
    <h3 className="table-title" aria-hidden="true">
      {table.title}
    </h3>
    <TableScroll label={table.title}>
      <table className={table.rowHeader ? 'figure-table has-row-header' : 'figure-table'} data-table={table.id}>
        <caption className="visually-hidden">{table.title}</caption>
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
                column === 0 && table.rowHeader ? (
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
    </>
  );
}
