/**
 * A spreadsheet as rows of cells: CSV through csv-parse, XLSX through exceljs (first sheet with data).
 * A cell is text, a number, or null when empty. XLSX cells formatted as percentages become
 * text such as "48%", as a press officer typed them; formulas give their cached result.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { UsageError } from '../errors.ts';

export type Cell = string | number | null;

export interface Table {
  /** Rows as in the file; rows[0] is row 1 of the sheet. */
  rows: Cell[][];
  /** XLSX: the worksheet read. */
  sheet?: string;
}

/** readTable("foi.csv") → { rows: [["Force", "Offences"], ["Kent Police", "1,204"]] } */
export async function readTable(file: string): Promise<Table> {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.csv') return { rows: parseCsv(readBytes(file), file) };
  if (ext === '.xlsx') return readXlsx(file);
  throw new UsageError(`import: '${file}' is neither .csv nor .xlsx (save the spreadsheet as CSV UTF-8 or Excel .xlsx)`);
}

function readBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new UsageError(`import: cannot read '${file}' (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
}

/** parseCsv(bytes) → rows; bytes that are not UTF-8 are refused rather than published as U+FFFD. */
export function parseCsv(bytes: Buffer, file = 'input.csv'): Cell[][] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new UsageError(`import: '${file}' is not UTF-8 text (in Excel: Save As → "CSV UTF-8 (Comma delimited)")`);
  }
  const rows = parse(text, { bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: false }) as string[][];
  return rows.map((row) => row.map((cell) => (cell.trim() === '' ? null : cell)));
}

async function readXlsx(file: string): Promise<Table> {
  readBytes(file); // a clear error for a missing file
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.readFile(file);
  } catch (error) {
    throw new UsageError(`import: '${file}' could not be read as an Excel workbook (${(error as Error).message})`);
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) return { rows: [] };
  const rows: Cell[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: Cell[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, 0); c++) {
      const cell = row.getCell(c);
      cells.push(xlsxCell(cell.value, cell.numFmt));
    }
    rows.push(cells);
  }
  return { rows, sheet: sheet.name };
}

/** One exceljs cell value → Cell: numbers formatted as % become "48%", rich text its text, formulas their result. */
export function xlsxCell(value: unknown, numFmt: string | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return numFmt?.includes('%') ? `${trimNumber(value * 100)}%` : value;
  if (typeof value === 'string') return value.trim() === '' ? null : value;
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { result?: unknown; richText?: { text: string }[]; text?: unknown; error?: string };
    if ('formula' in v || 'sharedFormula' in v) return xlsxCell(v.result ?? null, numFmt);
    if (v.richText) return xlsxCell(v.richText.map((t) => t.text).join(''), numFmt);
    if (v.text !== undefined) return xlsxCell(v.text, numFmt);
    if (v.error) return v.error;
  }
  return String(value);
}

/** 47.99999999 → "48": a percentage as the sheet shows it, without float noise. */
function trimNumber(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}
