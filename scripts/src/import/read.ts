import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { sheetNamed, type Sheet } from './template.js';

/** One row of a sheet as read: its row number in the file (the header is row 1) and its cells as trimmed text by column name. */
export interface RawRow {
  number: number;
  cells: Record<string, string>;
}

export interface RawSheet {
  sheet: Sheet;
  rows: RawRow[];
  /** Problems with the sheet itself (a required column missing, an unknown column). */
  problems: string[];
}

/**
 * Reads an import file: a CSV holds one sheet, named by --kind or by the
 * file's name (clients.csv, enrolments-2024.csv, …), with "," or ";" between
 * columns (found from the header); an XLSX holds one worksheet per sheet,
 * named like the sheets. Both are read as streams.
 */
export async function readImportFile(path: string, kind?: string): Promise<RawSheet[]> {
  const extension = extname(path).toLowerCase();
  if (extension === '.csv') {
    const name = kind ?? /^[A-Za-z]+/.exec(basename(path))?.[0] ?? '';
    const sheet = sheetNamed(name);
    if (!sheet) throw new Error(`${path}: cannot tell which sheet a CSV file holds from its name; name it after a sheet (clients.csv, enrolments.csv, sessions.csv, exits.csv, followUps.csv) or give --kind`);
    return [await readCsv(path, sheet)];
  }
  if (extension === '.xlsx') return readXlsx(path);
  throw new Error(`${path}: only .csv and .xlsx files can be imported`);
}

async function delimiterOf(path: string): Promise<string> {
  const file = await open(path);
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(4096), 0, 4096, 0);
    const header = buffer.subarray(0, bytesRead).toString('utf8').split(/\r?\n/)[0] ?? '';
    return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
  } finally {
    await file.close();
  }
}

async function readCsv(path: string, sheet: Sheet): Promise<RawSheet> {
  const parser = createReadStream(path).pipe(parse({ bom: true, delimiter: await delimiterOf(path), relax_column_count: true, skip_empty_lines: false }));
  const collector = new SheetCollector(sheet);
  let number = 0;
  for await (const record of parser as AsyncIterable<string[]>) collector.add(++number, record);
  return collector.done();
}

async function readXlsx(path: string): Promise<RawSheet[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, { worksheets: 'emit', sharedStrings: 'cache', styles: 'cache', hyperlinks: 'ignore', entries: 'ignore' });
  // exceljs may reach a worksheet before the workbook's sheet list (exceljs issues 2663, 3064): collect by the
  // worksheet's file number and name the sheets once the whole file is read.
  const internal = reader as unknown as { model?: { sheets?: Array<{ name: string; rId: string }> }; workbookRels?: Array<{ Id: string; Target: string }> };
  internal.model ??= { sheets: [] };
  const byFile = new Map<string, Array<{ number: number; values: string[] }>>();
  for await (const worksheet of reader) {
    const fileNo = String((worksheet as unknown as { id: string | number }).id);
    const rows: Array<{ number: number; values: string[] }> = [];
    byFile.set(fileNo, rows);
    for await (const row of worksheet) {
      const values = (row.values as unknown[]).slice(1).map(cellText);
      rows.push({ number: row.number, values });
    }
  }
  const result: RawSheet[] = [];
  for (const [fileNo, rows] of byFile) {
    const rel = internal.workbookRels?.find((candidate) => candidate.Target.replace(/^\/?xl\//, '') === `worksheets/sheet${fileNo}.xml`);
    const name = internal.model?.sheets?.find((candidate) => candidate.rId === rel?.Id)?.name ?? `Sheet${fileNo}`;
    const sheet = sheetNamed(name);
    if (!sheet) {
      if (rows.some((row) => row.values.some(Boolean))) throw new Error(`${path}: worksheet "${name}" is not a sheet of the template (clients, enrolments, sessions, exits, followUps)`);
      continue;
    }
    const collector = new SheetCollector(sheet);
    for (const row of rows) {
      // Empty rows are not in the file at all; their numbers still count.
      collector.add(row.number, row.values);
    }
    result.push(collector.done());
  }
  return result;
}

/** A cell as text: dates as YYYY-MM-DD, numbers as written, formulas by their result, rich text by its text. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const cell = value as { result?: unknown; text?: unknown; richText?: Array<{ text: string }>; error?: string };
    if (cell.richText) return cell.richText.map((part) => part.text).join('').trim();
    if ('result' in cell) return cellText(cell.result);
    if (cell.text !== undefined) return cellText(cell.text);
    if (cell.error) return cell.error;
    return '';
  }
  return String(value).trim();
}

/** Turns rows of cells into rows by column name, the first row being the header. */
class SheetCollector {
  private header: string[] | null = null;
  private readonly rows: RawRow[] = [];
  private readonly problems: string[] = [];

  constructor(private readonly sheet: Sheet) {}

  add(number: number, values: string[]) {
    const cells = values.map((value) => (value ?? '').trim());
    if (!this.header) {
      this.header = cells;
      const known = new Set(this.sheet.columns.map((column) => column.name.toLowerCase()));
      for (const name of cells) if (name && !known.has(name.toLowerCase())) this.problems.push(`${this.sheet.name}: column ${name} is not in the template`);
      for (const column of this.sheet.columns) {
        if (column.required && !cells.some((name) => name.toLowerCase() === column.name.toLowerCase())) this.problems.push(`${this.sheet.name}: required column ${column.name} is missing`);
      }
      return;
    }
    if (!cells.some(Boolean)) return;
    const byName: Record<string, string> = {};
    this.header.forEach((name, index) => {
      const column = this.sheet.columns.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
      if (column) byName[column.name] = cells[index] ?? '';
    });
    this.rows.push({ number, cells: byName });
  }

  done(): RawSheet {
    return { sheet: this.sheet, rows: this.rows, problems: this.problems };
  }
}
