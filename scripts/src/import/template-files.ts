import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { stringify } from 'csv-stringify/sync';
import { sheets } from '@polku/client/import';

/** Writes the template: one CSV per sheet and one workbook with a worksheet per sheet, each with its header and an example row. */
export async function writeTemplateFiles(dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const sheet of sheets) {
    const path = join(dir, `${sheet.name}.csv`);
    await writeFile(path, stringify([sheet.columns.map((column) => column.name), sheet.columns.map((column) => column.example)]));
    written.push(path);
  }
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    worksheet.columns = sheet.columns.map((column) => ({ header: column.name, key: column.name, width: Math.max(12, column.name.length + 2) }));
    worksheet.getRow(1).font = { bold: true };
    // Dates and keys as text, so that the spreadsheet does not reformat them.
    worksheet.addRow(sheet.columns.map((column) => column.example));
    sheet.columns.forEach((column, index) => {
      const cell = worksheet.getRow(1).getCell(index + 1);
      cell.note = column.description;
    });
  }
  const path = join(dir, 'import-template.xlsx');
  await workbook.xlsx.writeFile(path);
  written.push(path);
  return written;
}
