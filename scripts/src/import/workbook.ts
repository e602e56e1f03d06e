import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import type { SheetName } from '@polku/client/import';

/** Rows of sheets as text, the header first: what the tests and the bench write as import files. */
export type ImportTables = Partial<Record<SheetName, string[][]>>;

/** One workbook with a worksheet per sheet, written as a stream (100,000 rows stay small in memory). */
export async function writeImportWorkbook(path: string, tables: ImportTables): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false, useStyles: false });
  for (const [name, rows] of Object.entries(tables)) {
    const worksheet = workbook.addWorksheet(name);
    for (const row of rows ?? []) worksheet.addRow(row).commit();
    worksheet.commit();
  }
  await workbook.commit();
}

/** One sheet as a CSV file. */
export async function writeImportCsv(path: string, rows: string[][], delimiter = ','): Promise<void> {
  await writeFile(path, stringify(rows, { delimiter }));
}
