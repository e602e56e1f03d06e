import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { summaryRow, type SummaryRow } from './bench-stats.js';
import { mintDevToken } from './dev-tokens.js';
import { runImportCommand } from './import/run.js';
import { writeImportWorkbook, type ImportTables } from './import/workbook.js';
import type { RunningPlatform } from './platform.js';

/**
 * The import's speed target (issue 14): a generated workbook of `rows` rows
 * (a fifth each of clients, enrolments, sessions, exits and follow-ups) read,
 * planned and loaded into Sotek through the gateway in under 5 minutes, then
 * the same file again (every row unchanged).
 */
export async function benchImport(platform: RunningPlatform, options: { rows: number }): Promise<SummaryRow[]> {
  const dir = await mkdtemp(join(tmpdir(), 'polku-bench-import-'));
  try {
    const perSheet = Math.floor(options.rows / 5);
    const path = join(dir, 'import.xlsx');
    let started = performance.now();
    await writeImportWorkbook(path, generatedHistory(perSheet));
    console.log(`import: generated ${(perSheet * 5).toLocaleString('en')} rows (${((await stat(path)).size / 1e6).toFixed(1)} MB XLSX) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const { token } = await mintDevToken(platform.adminUrl, platform.signToken, { organisation: 'sotek', roles: ['ORG_ADMIN'], subject: 'importer@sotek' });
    const rows: SummaryRow[] = [];
    for (const pass of ['first run', 're-run (all unchanged)']) {
      const calls: number[] = [];
      started = performance.now();
      const report = await runImportCommand({
        organisation: 'sotek',
        files: [path],
        token,
        dryRun: false,
        gatewayUrl: platform.gatewayUrl,
        progress: true,
        onCall: (_sheet, _rows, milliseconds) => calls.push(milliseconds),
      });
      const seconds = (performance.now() - started) / 1000;
      const added = report.summary.reduce((sum, sheet) => sum + sheet.added, 0);
      const unchanged = report.summary.reduce((sum, sheet) => sum + sheet.unchanged, 0);
      const rate = (perSheet * 5) / seconds;
      console.log(`import ${pass}: ${added} added, ${unchanged} unchanged, ${report.problems.length} problems in ${seconds.toFixed(1)} s = ${Math.round(rate)} rows/s`);
      if (report.problems.length) console.log(report.problems.slice(0, 10).join('\n'));
      const timings = calls.length ? { sorted: calls.sort((a, b) => a - b), throughput: calls.length / seconds } : { sorted: [0], throughput: 0 };
      rows.push(summaryRow(`import ${(perSheet * 5).toLocaleString('en')} rows, ${pass} (per 100-row call)`, timings, `${seconds.toFixed(1)} s in all, ${Math.round(rate)} rows/s (target < 300 s)`));
    }
    return rows;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** n clients, each with an enrolment in Yhteinen Askel, a session, an exit and a completed 4-week follow-up. */
function generatedHistory(n: number): ImportTables {
  const tables: Required<ImportTables> = {
    clients: [['sourceKey', 'code', 'fullName', 'birthYear', 'municipality', 'languages', 'educationLevel', 'obstacles']],
    enrolments: [['sourceKey', 'client', 'project', 'startedOn', 'phase']],
    sessions: [['sourceKey', 'enrolment', 'kind', 'heldOn', 'minutes', 'notes']],
    exits: [['sourceKey', 'enrolment', 'exitDate', 'destination', 'title', 'qualificationGained']],
    followUps: [['sourceKey', 'exit', 'after', 'completedOn', 'foundDestination']],
  };
  const destinations = ['EMPLOYED_OPEN_MARKET', 'VOCATIONAL_EDUCATION', 'PAY_SUBSIDY_THIRD_SECTOR', 'UNEMPLOYED', 'WORK_TRIAL'];
  for (let i = 1; i <= n; i++) {
    const id = String(i).padStart(6, '0');
    const month = String((i % 9) + 1).padStart(2, '0');
    tables.clients.push([`OLD-${id}`, `BEN-${id}`, `Vanha Asiakas ${id}`, String(1960 + (i % 40)), 'Kotka', 'fi', 'BASIC_EDUCATION', i % 2 ? 'DEBT' : '']);
    tables.enrolments.push([`OLD-E${id}`, `OLD-${id}`, 'yhteinen-askel', `2024-${month}-01`, 'EXITED']);
    tables.sessions.push([`OLD-S${id}`, `OLD-E${id}`, i % 4 ? 'INDIVIDUAL' : 'GROUP', `2024-${month}-15`, '60', 'Tuotu vanhasta järjestelmästä']);
    tables.exits.push([`OLD-X${id}`, `OLD-E${id}`, `2025-${month}-20`, destinations[i % destinations.length]!, 'varasto', i % 3 ? 'no' : 'yes']);
    tables.followUps.push([`OLD-F${id}`, `OLD-X${id}`, 'P4W', `2025-${String((i % 9) + 2).padStart(2, '0')}-25`, destinations[(i + 1) % destinations.length]!]);
  }
  return tables;
}
