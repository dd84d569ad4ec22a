// Writes figures.yaml for the illustrative campaign: MADE-UP figures for every force in
// ../../forces.yaml, deterministic (fixed seed), so re-running gives the same file.
// Run from the repository root: node data/campaigns/illustrative-online-grooming/generate.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { load } from 'js-yaml';

const here = (name) => fileURLToPath(new URL(name, import.meta.url));
const reference = load(readFileSync(here('../../forces.yaml'), 'utf8'));

// mulberry32: a tiny seeded PRNG, good enough for demo data.
let seed = 20250602;
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const between = (lo, hi) => lo + random() * (hi - lo);
const int = (lo, hi) => Math.floor(between(lo, hi + 1));

const NO_REPLY = new Set(['lincolnshire', 'northamptonshire']); // two forces that "did not reply"
const ZERO = 'city-of-london'; // tiny resident population: a zero is plausible
const TIED = ['cumbria', 'north-yorkshire']; // same offences, so a "joint" rank shows
const GAP = { force: 'gwent', period: '2021/22' }; // the one null in any history
const PERIODS = ['2020/21', '2021/22', '2022/23', '2023/24', '2024/25'];
const PLATFORM_SHARES = { snapchat: [0.36, 0.5], instagram: [0.1, 0.2], facebook: [0.07, 0.15], whatsapp: [0.07, 0.14], kik: [0.02, 0.06], other: [0.1, 0.2] };

function drawOffences(force) {
  const population = force.population ?? 1_000_000; // BTP has no resident population
  return Math.min(600, Math.max(20, Math.round((population / 100_000) * between(4.5, 9.5))));
}

function forceFigures(offences) {
  // 55-80 per cent of offences, kept inside that band after rounding
  const methodRecorded = Math.min(Math.floor(offences * 0.8), Math.max(Math.ceil(offences * 0.55), Math.round(offences * between(0.55, 0.8))));
  const platforms = Object.fromEntries(Object.entries(PLATFORM_SHARES).map(([id, [lo, hi]]) => [id, Math.round(methodRecorded * between(lo, hi))]));
  // In about one force in five Instagram, not Snapchat, leads: the copy must not assume a winner.
  if (random() < 0.2) [platforms.snapchat, platforms.instagram] = [platforms.instagram, platforms.snapchat];
  const members = [platforms.facebook, platforms.instagram, platforms.whatsapp];
  const largest = Math.max(...members);
  const sum = members.reduce((a, b) => a + b, 0);
  // De-duplicated: some offences involve more than one Meta app, so the group is below the sum.
  const facebookOwned = largest + Math.round((sum - largest) * between(0.5, 0.9));
  const knownGender = Math.round(offences * between(0.85, 0.97));
  const girls = Math.round(knownGender * between(0.75, 0.86));
  const knownAge = Math.round(offences * between(0.8, 0.95));
  const under12 = Math.round(knownAge * between(0.12, 0.25));
  const band16 = int(0, 2); // the offence covers under-16s: older ages are recording slips
  const previous = Math.round(offences / between(0.7, 1.9)); // some falls, some doublings
  return {
    offences, method_recorded: methodRecorded, platforms, groups: { 'facebook-owned': facebookOwned },
    youngest_victim_age: int(4, 13),
    breakdowns: {
      gender: { girls, boys: knownGender - girls, unknown: offences - knownGender },
      age: { 'under-12': under12, '12-15': knownAge - under12 - band16, '16-17': band16 },
    },
    previous: { offences: previous, method_recorded: Math.round(previous * between(0.55, 0.8)) },
  };
}

function history(last, previous) {
  const points = [last, previous];
  while (points.length < PERIODS.length) points.push(Math.round(points.at(-1) / between(0.95, 1.25)));
  return Object.fromEntries(PERIODS.map((period, i) => [period, points[PERIODS.length - 1 - i]]));
}

const offences = Object.fromEntries(reference.forces.map((force) => [force.id, drawOffences(force)]));
offences[TIED[1]] = offences[TIED[0]];
const figures = {};
for (const force of reference.forces) {
  const generated = forceFigures(offences[force.id]); // always drawn, so the sequence does not depend on the special cases
  figures[force.id] = NO_REPLY.has(force.id) ? { responded: false, note: 'no reply by the deadline' } : generated;
}
// No offences means every count is zero (not unknown), so regional and national sums stay whole.
const zeros = (ids) => Object.fromEntries(ids.map((id) => [id, 0]));
figures[ZERO] = {
  offences: 0, method_recorded: 0, platforms: zeros(Object.keys(PLATFORM_SHARES)), groups: { 'facebook-owned': 0 },
  breakdowns: { gender: zeros(['girls', 'boys', 'unknown']), age: zeros(['under-12', '12-15', '16-17']) },
  previous: { offences: 3, method_recorded: 2 },
};
for (const [id, f] of Object.entries(figures)) {
  if (f.responded === false) continue;
  f.history = history(f.offences, f.previous.offences);
  if (id === GAP.force) f.history[GAP.period] = null;
}

const flow = (o) => `{ ${Object.entries(o).map(([k, v]) => `${/^[a-z_]+$/.test(k) ? k : `'${k}'`}: ${v === null ? 'null' : v}`).join(', ')} }`;
const lines = [
  '# ILLUSTRATIVE, MADE-UP FIGURES: not real police data. Generated by generate.mjs (fixed seed);',
  '# edit the script, not this file. Offences are roughly proportional to Census 2021 population',
  '# with noise; two forces did not reply, one recorded none, two are tied on offences.',
  '',
  'forces:',
];
for (const force of reference.forces) {
  const f = figures[force.id];
  lines.push(`  ${force.id}:`);
  for (const [key, value] of Object.entries(f)) {
    if (key === 'breakdowns') {
      lines.push('    breakdowns:');
      for (const [name, counts] of Object.entries(value)) lines.push(`      ${name}: ${flow(counts)}`);
    } else if (typeof value === 'object') lines.push(`    ${key}: ${flow(value)}`);
    else lines.push(`    ${key}: ${typeof value === 'string' ? JSON.stringify(value) : value}`);
  }
}
writeFileSync(here('figures.yaml'), `${lines.join('\n')}\n`);
console.error(`wrote figures.yaml: ${reference.forces.length} forces`);
