import { sheetNamed, type Sheet } from './template.js';

/*
 * Reading import files, the parts that need no file system: the command
 * reads files as streams (scripts/src/import/read.ts), the web app reads
 * the file the person chose; both turn cells into rows here.
 */

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
 * The sheet a CSV file holds: named by `kind`, else by the file's name
 * (clients.csv, enrolments-2024.csv, …).
 */
export function csvSheet(path: string, kind?: string): Sheet {
  const fileName = path.split(/[\\/]/).pop() ?? path;
  const name = kind ?? /^[A-Za-z]+/.exec(fileName)?.[0] ?? '';
  const sheet = sheetNamed(name);
  if (!sheet) throw new Error(`${path}: cannot tell which sheet a CSV file holds from its name; name it after a sheet (clients.csv, enrolments.csv, sessions.csv, exits.csv, followUps.csv) or give --kind`);
  return sheet;
}

/** A CSV's delimiter, "," or ";", found from its header line. */
export function csvDelimiter(start: string): ',' | ';' {
  const header = start.split(/\r?\n/)[0] ?? '';
  return (header.match(/;/g)?.length ?? 0) > (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

/** A cell as text: dates as YYYY-MM-DD, numbers as written, formulas by their result, rich text by its text. */
export function cellText(value: unknown): string {
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
export class SheetCollector {
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
