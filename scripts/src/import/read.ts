import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { extname } from 'node:path';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { cellText, csvDelimiter, csvSheet, SheetCollector, sheetNamed, type RawSheet, type Sheet } from '@polku/client/import';

/**
 * Reads an import file: a CSV holds one sheet, named by --kind or by the
 * file's name (clients.csv, enrolments-2024.csv, …), with "," or ";" between
 * columns (found from the header); an XLSX holds one worksheet per sheet,
 * named like the sheets. Both are read as streams.
 */
export async function readImportFile(path: string, kind?: string): Promise<RawSheet[]> {
  const extension = extname(path).toLowerCase();
  if (extension === '.csv') {
    return [await readCsv(path, csvSheet(path, kind))];
  }
  if (extension === '.xlsx') return readXlsx(path);
  throw new Error(`${path}: only .csv and .xlsx files can be imported`);
}

async function delimiterOf(path: string): Promise<string> {
  const file = await open(path);
  try {
    const { buffer, bytesRead } = await file.read(Buffer.alloc(4096), 0, 4096, 0);
    return csvDelimiter(buffer.subarray(0, bytesRead).toString('utf8'));
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

