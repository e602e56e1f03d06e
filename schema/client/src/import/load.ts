import type { ImportGateway } from './gateway.js';
import { sheetColumn, type ImportPlan, type PlannedRow } from './plan.js';
import { sheets, type SheetName } from './template.js';
import { BATCH_SIZE } from './gateway.js';

/** How many import calls run at once: enough to keep the gateway and both databases busy, not one organisation's whole pool share. */
const CONCURRENT_CALLS = 3;

const parentId = (row: PlannedRow) => row.parent?.id;

/** A planned row as the import mutation's input; references become the ids of the records they name. */
function inputOf(row: PlannedRow, projectIds: Map<string, string>): Record<string, unknown> {
  const v = row.values as Record<string, any>;
  const optional = (value: unknown) => (value === null || value === undefined || (Array.isArray(value) && !value.length) ? undefined : value);
  switch (row.sheet) {
    case 'clients':
      return { sourceKey: row.sourceKey, code: v.code, fullName: optional(v.fullName), birthYear: optional(v.birthYear), municipality: optional(v.municipality), languages: optional(v.languages), contact: optional(v.contact), educationLevel: optional(v.educationLevel), obstacles: optional(v.obstacles) };
    case 'enrolments':
      return { sourceKey: row.sourceKey, clientId: parentId(row), projectId: projectIds.get(v.project), startedOn: v.startedOn, plannedEndOn: optional(v.plannedEndOn), phase: optional(v.phase), coachSubject: optional(v.coach) };
    case 'sessions':
      return { sourceKey: row.sourceKey, enrolmentId: parentId(row), kind: v.kind, heldOn: v.heldOn, minutes: v.minutes, notes: optional(v.notes), coachSubject: optional(v.coach) };
    case 'exits':
      return { sourceKey: row.sourceKey, enrolmentId: parentId(row), exitDate: v.exitDate, destination: v.destination, furtherDestinations: optional(v.furtherDestinations), title: optional(v.title), sector: optional(v.sector), qualificationGained: optional(v.qualificationGained) };
    case 'followUps':
      return { sourceKey: row.sourceKey, exitOutcomeId: parentId(row), after: v.after, completedOn: v.completedOn, foundDestination: v.foundDestination };
  }
}

/**
 * Loads the plan's new rows sheet by sheet (a sheet's rows may refer to the
 * sheets above), 100 rows a call, a few calls at once. The service decides:
 * a row it refuses (and every row depending on it) is marked refused with its
 * reasons; added and unchanged rows get their record's id.
 */
export interface LoadOptions {
  /** Told when a sheet's loading starts, with its number of rows to send. */
  onSheet?: (sheet: SheetName, rows: number) => void;
  /** Told after each import call (progress bars count rows; the bench times calls). */
  onCall?: (sheet: SheetName, rows: number, milliseconds: number) => void;
}

export async function loadPlan(plan: ImportPlan, gateway: ImportGateway, projectIds: Map<string, string>, options: LoadOptions = {}): Promise<void> {
  for (const sheet of sheets) {
    const rows = plan.rows.get(sheet.name) ?? [];
    for (const row of rows) {
      if (row.status !== 'new') continue;
      const parent = row.parent && 'sheet' in row.parent ? row.parent : null;
      if (parent && (parent.status === 'refused' || !parent.id)) {
        row.status = 'refused';
        row.problems.push({ column: sheet.columns.find((column) => column.type.kind === 'reference')!.name, message: `${parent.sheet} row ${parent.number} (${parent.sourceKey}) is refused` });
      }
    }
    const pending = rows.filter((row) => row.status === 'new');
    if (!pending.length) continue;
    options.onSheet?.(sheet.name, pending.length);
    const batches: PlannedRow[][] = [];
    for (let start = 0; start < pending.length; start += BATCH_SIZE) batches.push(pending.slice(start, start + BATCH_SIZE));
    let next = 0;
    const worker = async () => {
      while (next < batches.length) {
        const batch = batches[next++]!;
        const started = performance.now();
        await loadBatch(sheet.name, batch, gateway, projectIds);
        options.onCall?.(sheet.name, batch.length, performance.now() - started);
      }
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENT_CALLS, batches.length) }, worker));
  }
}

async function loadBatch(sheet: SheetName, batch: PlannedRow[], gateway: ImportGateway, projectIds: Map<string, string>) {
  const results = await gateway.load(sheet, batch.map((row) => inputOf(row, projectIds)));
  batch.forEach((row, index) => {
    const result = results[index]!;
    if (result.status === 'REFUSED') {
      row.status = 'refused';
      row.problems.push(...result.problems.map((problem) => ({ column: sheetColumn(problem.column), message: problem.message })));
    } else {
      row.status = result.status === 'ADDED' ? 'added' : 'unchanged';
      row.id = result.id ?? undefined;
    }
  });
}
