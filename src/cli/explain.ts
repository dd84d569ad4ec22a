/**
 * `localpress explain --campaign ID --area ID`: the model one release page sees, every field
 * with its value and what it means (meanings from src/docs/model-fields.generated.ts, made
 * by `npm run docs` from the model types, so they follow the code).
 *
 *   force.offences = 274  — Offences recorded in the period; null when not supplied.
 */
import { computeCampaign } from '../compute/index.ts';
import type { ComputedForce, ComputedNational, ComputedRegion } from '../compute/types.ts';
import { UsageError } from '../errors.ts';
import { MODEL_FIELD_DOCS } from '../docs/model-fields.generated.ts';
import { CONTEXT_ROOTS } from '../docs/model-fields.ts';
import { loadProject } from '../load/index.ts';
import { suggest } from '../load/suggest.ts';
import { createFilters, resolveStyle } from '../phrase/index.ts';
import { pageAngles } from '../site/angles.ts';

type Area = ComputedForce | ComputedRegion | ComputedNational;
/** Lists longer than this show their first items only; every item has the same fields. */
const LIST_ITEMS = 12;
const TEXT_LENGTH = 100;

/** "ShareItem[] | null" → "ShareItem"; "Record<string, ShareItem>" → "ShareItem". */
function baseType(type: string): { name: string; list: boolean; record: boolean } {
  const clean = type.replace(/ \(optional\)$/, '').replace(/\s*\|\s*null$/, '').trim();
  const record = /^Record<string, (\w+)>$/.exec(clean);
  if (record) return { name: record[1]!, list: false, record: true };
  const list = /^(\w+)\[\]$/.exec(clean);
  if (list) return { name: list[1]!, list: true, record: false };
  return { name: clean, list: false, record: false };
}

function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > TEXT_LENGTH ? `${value.slice(0, TEXT_LENGTH)}…` : value);
  if (value === undefined) return 'undefined';
  return JSON.stringify(value);
}

function line(out: string[], path: string, value: string, doc: string): void {
  out.push(doc ? `${path} = ${value}  — ${doc}` : `${path} = ${value}`);
}

/** Prints value (of model type typeName) under path; prefix names inline object members ("rank."). */
function walk(out: string[], value: unknown, path: string, typeName: string, prefix = ''): void {
  const table = MODEL_FIELD_DOCS[typeName] ?? {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const member = `${prefix}${key}`;
    const info = table[member];
    const here = `${path}.${key}`;
    const doc = info?.doc ?? '';
    if (v === null || typeof v !== 'object') {
      line(out, here, show(v), doc);
      continue;
    }
    if (info?.type === 'object') {
      if (doc) out.push(`${here}  — ${doc}`);
      walk(out, v, here, typeName, `${member}.`);
      continue;
    }
    const base = baseType(info?.type ?? '');
    const known = MODEL_FIELD_DOCS[base.name] !== undefined;
    if (Array.isArray(v)) {
      if (!known || v.every((item) => item === null || typeof item !== 'object')) {
        line(out, here, show(v), doc);
        continue;
      }
      out.push(`${here}  — ${doc} (${v.length} item${v.length === 1 ? '' : 's'})`);
      v.slice(0, LIST_ITEMS).forEach((item, i) => walk(out, item, `${here}[${i}]`, base.name));
      if (v.length > LIST_ITEMS) out.push(`${here}[${LIST_ITEMS}…${v.length - 1}]  (the same fields)`);
      continue;
    }
    if (base.record && known && (key === 'platform' || key === 'group')) {
      // The same items as platforms / groups above, by id.
      line(out, here, `{ ${Object.keys(v).join(', ')} }`, doc);
      continue;
    }
    if (base.record && known) {
      if (doc) out.push(`${here}  — ${doc}`);
      for (const [id, item] of Object.entries(v)) walk(out, item, `${here}.${id}`, base.name);
      continue;
    }
    if (known) {
      if (doc) out.push(`${here}  — ${doc}`);
      walk(out, v, here, base.name);
      continue;
    }
    line(out, here, show(v), doc);
  }
}

function findArea(model: ReturnType<typeof computeCampaign>, id: string): Area {
  if (id === 'national') return model.national;
  const area = model.forces.find((f) => f.id === id) ?? model.regions.find((r) => r.id === id || `${r.id}-region` === id);
  if (area) return area;
  const leftOut = model.left_out_regions?.find((r) => r.id === id || `${r.id}-region` === id);
  if (leftOut) throw new UsageError(`explain: region '${leftOut.id}' has no page in campaign '${model.campaign.id}': campaign.yaml leave_out_regions leaves it out, as the figures cover only some of its forces`);
  const ids = ['national', ...model.regions.map((r) => r.id), ...model.forces.map((f) => f.id)];
  const near = suggest(id, ids);
  throw new UsageError(`explain: no area '${id}' in campaign '${model.campaign.id}'${near ? ` (did you mean '${near}'?)` : ''}; areas are national, a region id or a force id`);
}

/** explain("data", "scwc-2017-nine-months", "derbyshire") → the lines `localpress explain` prints. */
export function explain(dataDir: string, campaignId: string, areaId: string): string {
  const project = loadProject(dataDir, [campaignId]);
  const input = project.campaigns[0]!;
  const model = computeCampaign({ campaign: input.campaign, figures: input.figures }, project.reference);
  const area = findArea(model, areaId);
  const filters = createFilters(resolveStyle(input.campaign.style));
  const angles = pageAngles(model, area, project.reference, (name) => filters.place!(name));
  const out = [`# The model release.njk sees for ${area.kind} '${area.id}' of campaign '${campaignId}'`, '# (docs/data.md lists every field; filters are in docs/templates.md)', ''];
  const ids = (list: { id: string }[]) => `[${list.map((x) => x.id).join(', ')}]`;
  for (const [name, value] of Object.entries(angles)) {
    const info = MODEL_FIELD_DOCS.Angles?.[name];
    const base = baseType(info?.type ?? '');
    if (Array.isArray(value) && value.some((x) => typeof x === 'object')) line(out, name, `${value.length} item${value.length === 1 ? '' : 's'}: ${ids(value)}`, info?.doc ?? '');
    else if (name === 'force_region' && value !== null) line(out, name, `region '${(value as ComputedRegion).id}'`, `${info?.doc ?? ''} It has the fields of a region page's area.`);
    else if (value !== null && typeof value === 'object' && MODEL_FIELD_DOCS[base.name]) {
      out.push(`${name}  — ${info?.doc ?? ''}`);
      walk(out, value, name, base.name);
    } else line(out, name, show(value), info?.doc ?? '');
  }
  out.push('');
  line(out, 'area.kind', show(area.kind), `${CONTEXT_ROOTS.area!.doc} On this page \`${area.kind}\` is the same object as \`area\`.`);
  walk(out, area, 'area', area.kind === 'force' ? 'ComputedForce' : area.kind === 'region' ? 'ComputedRegion' : 'ComputedNational');
  out.push('');
  if (area.kind !== 'national') {
    walk(out, model.national, 'national', 'ComputedNational');
    out.push('');
  }
  line(out, 'regions', `${model.regions.length} regions: ${ids(model.regions)}`, `${CONTEXT_ROOTS.regions!.doc} Each has the fields of a region page's area.`);
  line(out, 'forces', `${model.forces.length} forces: ${ids(model.forces)}`, `${CONTEXT_ROOTS.forces!.doc} Each has the fields of a force page's area.`);
  out.push('');
  walk(out, model.campaign, 'campaign', 'Campaign');
  return `${out.join('\n')}\n`;
}
