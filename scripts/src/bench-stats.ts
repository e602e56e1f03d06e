/** Timing helpers and the summary table of `npm run bench`. */

export interface Timings {
  /** Request latencies in milliseconds, sorted ascending. */
  sorted: number[];
  /** Requests per second, when measured under concurrency. */
  throughput?: number;
}

/** One line of the summary table. */
export interface SummaryRow {
  what: string;
  p50: number;
  p95: number;
  throughput?: number;
  note?: string;
}

export function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Runs one request after another: warm-up first (plans, caches, connections), then `runs` timed ones. */
export async function measureSequential(runs: number, run: (i: number) => Promise<void>, warmUp = Math.min(20, runs)): Promise<Timings> {
  for (let i = 0; i < warmUp; i++) await run(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run(i);
    times.push(performance.now() - started);
  }
  return { sorted: times.sort((a, b) => a - b) };
}

/** `requests` requests spread over `concurrency` workers; throughput over the wall-clock time of the whole batch. */
export async function measureConcurrent(requests: number, concurrency: number, run: (i: number) => Promise<void>): Promise<Timings> {
  const times: number[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(concurrency, requests) }, async () => {
      for (let i = next++; i < requests; i = next++) {
        const t0 = performance.now();
        await run(i);
        times.push(performance.now() - t0);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return { sorted: times.sort((a, b) => a - b), throughput: requests / seconds };
}

export function describe(name: string, timings: Timings): string {
  const { sorted } = timings;
  const rate = timings.throughput === undefined ? '' : ` ${timings.throughput.toFixed(1)} req/s`;
  return `${name}: n=${sorted.length} p50=${percentile(sorted, 0.5).toFixed(1)} ms p95=${percentile(sorted, 0.95).toFixed(1)} ms max=${sorted.at(-1)!.toFixed(1)} ms${rate}`;
}

export function summaryRow(what: string, timings: Timings, note?: string): SummaryRow {
  return { what, p50: percentile(timings.sorted, 0.5), p95: percentile(timings.sorted, 0.95), throughput: timings.throughput, note };
}

/** A plain-text table: what, p50, p95, req/s, note. */
export function renderSummary(rows: SummaryRow[]): string {
  const table = [
    ['what', 'p50 ms', 'p95 ms', 'req/s', 'note'],
    ...rows.map((r) => [r.what, r.p50.toFixed(1), r.p95.toFixed(1), r.throughput === undefined ? '' : r.throughput.toFixed(1), r.note ?? '']),
  ];
  const widths = table[0]!.map((_, column) => Math.max(...table.map((row) => row[column]!.length)));
  const line = (row: string[]) => row.map((cell, column) => (column === 0 || column === 4 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ').trimEnd();
  return [line(table[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...table.slice(1).map(line)].join('\n');
}
