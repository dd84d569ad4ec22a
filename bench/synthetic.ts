/**
 * Synthetic campaigns for the benchmark: N made-up areas ("forces") in about √N regions,
 * with figures shaped like the illustrative demo (platforms, groups, breakdowns, previous
 * year, five-year history), so every branch of the release copy runs. Deterministic: the
 * same N always gives the same files.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixture');
export const CAMPAIGN_ID = 'bench';
const PERIODS = ['2020/21', '2021/22', '2022/23', '2023/24', '2024/25'];
const PLATFORM_SHARES: Record<string, [number, number]> = {
  snapchat: [0.36, 0.5], instagram: [0.1, 0.2], facebook: [0.07, 0.15], whatsapp: [0.07, 0.14], kik: [0.02, 0.06], other: [0.1, 0.2],
};

/** mulberry32: a tiny seeded PRNG. Example: `seeded(1)()` → the same number every run. */
export function seeded(seed: number): () => number {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Regions for N areas: √N, at least 10 (like England and Wales), e.g. 32 for 1,000. */
export function regionCount(areas: number): number {
  return Math.max(10, Math.round(Math.sqrt(areas)));
}

const pad = (i: number) => String(i + 1).padStart(5, '0');

/** forces.yaml with N areas. Example: `forcesYaml(45)` → 45 forces in 10 regions. */
export function forcesYaml(areas: number): string {
  const random = seeded(areas);
  const regions = regionCount(areas);
  const lines = ['# SYNTHETIC reference data for the benchmark: made-up areas, not police forces.', '# Source: made up by bench/synthetic.ts', '', 'regions:'];
  for (let r = 0; r < regions; r++) lines.push(`  - { id: region-${pad(r)}, name: Region ${r + 1}, nation: England }`);
  lines.push('', 'forces:');
  for (let i = 0; i < areas; i++) {
    const population = Math.round(100_000 + random() * 1_900_000);
    lines.push(`  - { id: area-${pad(i)}, name: Area ${i + 1} Police, area: Area ${i + 1}, code: X${String(i + 1).padStart(8, '0')}, region: region-${pad(i % regions)}, population: ${population} }`);
  }
  return `${lines.join('\n')}\n`;
}

const flow = (o: Record<string, number | null>) => `{ ${Object.entries(o).map(([k, v]) => `'${k}': ${v === null ? 'null' : v}`).join(', ')} }`;

/** figures.yaml for N areas: two no-replies, one zero, one tie, one gap in a history. */
export function figuresYaml(areas: number): string {
  const random = seeded(areas * 7 + 1);
  const between = (lo: number, hi: number) => lo + random() * (hi - lo);
  const lines = ['# SYNTHETIC, MADE-UP FIGURES for the benchmark (bench/synthetic.ts).', '', 'forces:'];
  let tied = 0;
  for (let i = 0; i < areas; i++) {
    const id = `area-${pad(i)}`;
    lines.push(`  ${id}:`);
    if (i === 3 || i === areas - 2) {
      lines.push('    responded: false', '    note: "no reply by the deadline"');
      continue;
    }
    let offences = i === 5 ? 0 : Math.round(between(20, 600));
    if (i === 1) tied = offences;
    if (i === 2) offences = tied;
    const recorded = Math.floor(offences * between(0.55, 0.8));
    const platforms = Object.fromEntries(Object.entries(PLATFORM_SHARES).map(([p, [lo, hi]]) => [p, Math.round(recorded * between(lo, hi))])) as Record<string, number>;
    const members = [platforms.facebook!, platforms.instagram!, platforms.whatsapp!];
    const largest = Math.max(...members);
    const group = Math.min(recorded, largest + Math.round((members.reduce((a, b) => a + b, 0) - largest) * between(0.5, 0.9)));
    const girls = Math.round(offences * between(0.65, 0.8));
    const boys = Math.round((offences - girls) * between(0.5, 0.9));
    const under12 = Math.round(offences * between(0.12, 0.25));
    const previous = Math.max(1, Math.round(offences / between(0.7, 1.9)));
    const history: Record<string, number | null> = {};
    let h = offences;
    for (const period of [...PERIODS].reverse()) {
      history[period] = h;
      h = period === PERIODS.at(-1) ? previous : Math.round(h / between(0.95, 1.25));
    }
    if (i === 7) history['2021/22'] = null;
    lines.push(
      `    offences: ${offences}`,
      `    method_recorded: ${recorded}`,
      `    platforms: ${flow(platforms)}`,
      `    groups: { 'facebook-owned': ${group} }`,
      `    youngest_victim_age: ${offences === 0 ? 'null' : 4 + Math.floor(random() * 10)}`,
      '    breakdowns:',
      `      gender: ${flow({ girls, boys, unknown: offences - girls - boys })}`,
      `      age: ${flow({ 'under-12': under12, '12-15': offences - under12, '16-17': 0 })}`,
      `    previous: { offences: ${previous}, method_recorded: ${Math.round(previous * 0.6)} }`,
      `    history: ${flow(history)}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

/** Writes <dir>/forces.yaml and <dir>/campaigns/bench/{campaign.yaml,figures.yaml,release.njk}; returns the release path. */
export function writeSyntheticData(dir: string, areas: number): string {
  const campaign = path.join(dir, 'campaigns', CAMPAIGN_ID);
  mkdirSync(campaign, { recursive: true });
  writeFileSync(path.join(dir, 'forces.yaml'), forcesYaml(areas));
  writeFileSync(path.join(campaign, 'figures.yaml'), figuresYaml(areas));
  copyFileSync(path.join(FIXTURE, 'campaign.yaml'), path.join(campaign, 'campaign.yaml'));
  copyFileSync(path.join(FIXTURE, 'release.njk'), path.join(campaign, 'release.njk'));
  return path.join(campaign, 'release.njk');
}
