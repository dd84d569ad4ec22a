/**
 * `localpress import FILE --campaign ID`: an FOI spreadsheet → figures.yaml.
 *
 * Worked example: the rows
 *   Force | Total offences | Facebook | Notes
 *   Avon & Somerset Constabulary | 1,204 | 48% | late reply
 *   Police Scotland | 310 | 12 |
 *   TOTAL | 1,514 | |
 * give `avon-and-somerset: { offences: 1204, platforms: { facebook: 48% } }`, and a report that
 * skips "Police Scotland" (not a force in forces.yaml) and the TOTAL row, and leaves "Notes" out.
 * A name close to a force that matches none ("Derbyshre Constabulary") is an error with
 * "did you mean"; so is a cell that is not a number. Nothing is written when there is an error.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DataError, UsageError, type Problem } from '../errors.ts';
import { checkConsistency } from '../load/consistency.ts';
import { loadReference, parseWith } from '../load/index.ts';
import { problemsFromZod } from '../load/issues.ts';
import { campaignSchema, figuresSchema } from '../load/schema.ts';
import type { Campaign, CampaignFigures, Reference } from '../load/types.ts';
import { parseYaml, readYaml, type YamlDocument } from '../load/yaml.ts';
import { mapColumns, type Field } from './columns.ts';
import { forceNames } from './names.ts';
import { readTable, type Cell, type Table } from './table.ts';
import { parseValue, type Value } from './values.ts';
import { figuresYaml, type ImportedForce } from './write.ts';

export interface ImportOptions {
  file: string;
  dataDir: string;
  campaignId: string;
  /** field → header, from --column FIELD=HEADER */
  columns?: Record<Field, string>;
  /** Replace an existing figures.yaml. */
  force?: boolean;
}

export interface ImportResult {
  /** The figures.yaml written. */
  target: string;
  yaml: string;
  /** What was read, placed and skipped, one line each, for the terminal. */
  report: string[];
}

/** importSpreadsheet({ file: "foi.xlsx", dataDir: "data", campaignId: "scwc" }) → writes figures.yaml; throws DataError (exit 1) or UsageError (exit 2). */
export async function importSpreadsheet(options: ImportOptions): Promise<ImportResult> {
  const folder = path.join(options.dataDir, 'campaigns', options.campaignId);
  const campaignFile = path.join(folder, 'campaign.yaml');
  if (!existsSync(campaignFile)) throw new UsageError(`import: no campaign '${options.campaignId}' (${campaignFile} not found; create one with localpress new ${options.campaignId})`);
  const target = path.join(folder, 'figures.yaml');
  if (existsSync(target) && !options.force) throw new UsageError(`import: ${target} already exists; add --force to replace it (its figures, previous and history included)`);
  const reference = loadReference(options.dataDir);
  const campaignDoc = readYaml(campaignFile);
  const campaign = { ...parseWith(campaignSchema, campaignDoc), id: options.campaignId } as Campaign;
  const table = await readTable(options.file);
  const imported = importTable(table, { campaign, reference, file: options.file, columns: options.columns ?? {} });
  const yaml = figuresYaml(imported.forces, reference, path.basename(options.file));
  const problems = [...imported.problems, ...validate(yaml, target, campaign, reference, campaignDoc, imported, options.file)];
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new DataError(errors);
  writeFileSync(target, yaml);
  const notes = problems.filter((p) => p.severity === 'warning').map((p) => `  note: ${p.message}`);
  return { target, yaml, report: [...imported.report, ...notes, `wrote ${target} (${imported.forces.length} forces)`] };
}

export interface ImportedTable {
  forces: ImportedForce[];
  report: string[];
  problems: Problem[];
  /** Spreadsheet row of each force, for locating problems found later. */
  rowOf: Map<string, number>;
}

/** importTable(table, { campaign, reference, file, columns }) → the forces read, the report and any errors. Pure. */
export function importTable(table: Table, context: { campaign: Pick<Campaign, 'platforms' | 'groups'>; reference: Reference; file: string; columns: Record<Field, string> }): ImportedTable {
  const { file, reference } = context;
  const headerRow = findHeaderRow(table.rows, context.columns.force);
  if (headerRow < 0) throw new UsageError(`import: no column of force names found in ${file} (a header such as "Force"); name it with --column force=HEADER`);
  const headers = (table.rows[headerRow] ?? []).map((h) => (h === null ? null : String(h).trim()));
  const map = mapColumns(headers, context.campaign, context.columns);
  const forceColumn = [...map.fields].find(([, field]) => field === 'force')?.[0];
  if (forceColumn === undefined) throw new UsageError(`import: no column of force names found in ${file}; name it with --column force=HEADER`);
  const report = [`read ${file}${table.sheet ? ` (sheet '${table.sheet}')` : ''}: headers on row ${headerRow + 1}`];
  const columns = [...map.fields].sort((a, b) => a[0] - b[0]);
  for (const [index, field] of columns) report.push(`  column ${letter(index)} '${headers[index]}' → ${field}`);
  for (const u of map.unplaced) report.push(`  column ${letter(u.index)} '${u.header}' not placed: ${u.reason}`);

  const names = forceNames(reference);
  const problems: Problem[] = [];
  const problem = (row: number, column: number, where: string, message: string) => problems.push({ file, line: row + 1, column: column + 1, path: where, message, severity: 'error' });
  const found = new Map<string, ImportedForce>();
  const rowOf = new Map<string, number>();
  for (let r = headerRow + 1; r < table.rows.length; r++) {
    const row = table.rows[r] ?? [];
    if (row.every((cell) => cell === null)) continue;
    const name = cellText(row[forceColumn]);
    const label = `row ${r + 1} '${name}'`;
    const match = names.match(name);
    if (match.kind === 'total') {
      report.push(`  ${name === '' ? `row ${r + 1} (no force name)` : label} skipped: a total or a row without a force name`);
      continue;
    }
    if (match.kind === 'outside') {
      report.push(`  ${label} skipped: not a force in forces.yaml (outside England and Wales, or not a territorial force)`);
      continue;
    }
    if (match.kind === 'unknown') {
      report.push(`  ${label} skipped: no force by that name in forces.yaml`);
      continue;
    }
    if (match.kind === 'close') {
      problem(r, forceColumn, headers[forceColumn] ?? 'force', `no force named '${name}' in forces.yaml (did you mean '${match.suggestion}'?)`);
      continue;
    }
    if (rowOf.has(match.id)) {
      problem(r, forceColumn, headers[forceColumn] ?? 'force', `'${name}' is ${match.id} again (first on row ${rowOf.get(match.id)! + 1}); keep one row per force`);
      continue;
    }
    const values: Record<Field, Value> = {};
    for (const [index, field] of columns) {
      if (field === 'force') continue;
      const parsed = parseValue(row[index] ?? null, field);
      if ('error' in parsed) problem(r, index, `${headers[index]}`, `${name}: ${parsed.error}`);
      else values[field] = parsed.value;
    }
    rowOf.set(match.id, r);
    const force = toForce(match.id, values);
    if (force.responded === false) report.push(`  ${label}: no figures in any column, written as responded: false`);
    found.set(match.id, force);
  }
  const forces = reference.forces.filter((f) => found.has(f.id)).map((f) => found.get(f.id)!);
  const missing = reference.forces.filter((f) => !found.has(f.id)).map((f) => f.id);
  report.push(`  ${forces.length} forces placed${missing.length > 0 ? `; no row for ${missing.join(', ')} (add them with responded: false if they did not reply)` : ''}`);
  return { forces, report, problems, rowOf };
}

/** The first of the top rows with a cell that names the force column. */
function findHeaderRow(rows: Cell[][], forceHeader: string | undefined): number {
  const probe = { platforms: {}, groups: {} };
  for (let r = 0; r < Math.min(rows.length, 30); r++) {
    const headers = (rows[r] ?? []).map((h) => (h === null ? null : String(h).trim()));
    if (forceHeader !== undefined) {
      if (headers.some((h) => h !== null && h.toLowerCase() === forceHeader.trim().toLowerCase())) return r;
      continue;
    }
    if ([...mapColumns(headers, probe, {}).fields.values()].includes('force')) return r;
  }
  return -1;
}

function toForce(id: string, values: Record<Field, Value>): ImportedForce {
  const force: ImportedForce = { id };
  for (const [field, value] of Object.entries(values)) {
    if (value === null) continue;
    const [kind, key] = field.split('.') as [string, string | undefined];
    if (key !== undefined && (kind === 'platforms' || kind === 'groups')) (force[kind] ??= {})[key] = value;
    else (force as unknown as Record<string, Value>)[kind] = value;
  }
  if (Object.keys(force).length === 1) force.responded = false;
  return force;
}

/** The written file as `check` will read it: schema and consistency, each problem placed on its spreadsheet row. */
function validate(yaml: string, target: string, campaign: Campaign, reference: Reference, campaignDoc: YamlDocument, imported: ImportedTable, file: string): Problem[] {
  const doc = parseYaml(yaml, target);
  const parsed = figuresSchema.safeParse(doc.data);
  const found = parsed.success ? checkConsistency(campaign, parsed.data as CampaignFigures, reference, doc, campaignDoc) : problemsFromZod(parsed.error.issues, doc);
  return found
    .filter((p) => p.severity === 'error' || !/no figures for/.test(p.message))
    .map((p) => {
      const forceId = /^forces\.([^.]+)/.exec(p.path)?.[1];
      const row = forceId === undefined ? undefined : imported.rowOf.get(forceId);
      return row === undefined ? p : { ...p, line: row + 1, column: 0, file, message: `${p.message} (row ${row + 1})` };
    });
}

function cellText(cell: Cell | undefined): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

/** letter(0) → "A", letter(27) → "AB": columns as a spreadsheet names them. */
function letter(index: number): string {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
