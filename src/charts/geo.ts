/**
 * Police force area boundaries for the map. The map takes parsed GeoJSON; this loader
 * is the only place that reads the file, and it checks the shape the map relies on.
 */
import { readFileSync } from 'node:fs';
import type { FeatureCollection, Geometry } from 'geojson';
import { DataError } from '../errors.ts';

/** Where the build finds the boundaries (copied from ONS with their attribution). */
/** Where the boundaries sit in a data folder. */
export const GEO_FILE = 'geo/police-force-areas-2020.geojson';
export const DEFAULT_GEO_PATH = `data/${GEO_FILE}`;

/** Drawn under every map, as the licence asks. */
export const GEO_ATTRIBUTION =
  'Boundaries: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right 2020.';

export interface PfaProperties {
  PFA20CD: string;
  PFA20NM: string;
}

export type PfaCollection = FeatureCollection<Geometry, PfaProperties>;
export type PfaFeature = PfaCollection['features'][number];

/** Read and check a police force area GeoJSON file. Example: `loadGeo()` → 43 features keyed by `PFA20CD`. */
export function loadGeo(path: string = DEFAULT_GEO_PATH): PfaCollection {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw problem(path, '', `expected a readable GeoJSON file, found: ${(cause as Error).message}`, cause);
  }
  const fc = parsed as Partial<PfaCollection>;
  if (fc?.type !== 'FeatureCollection' || !Array.isArray(fc.features)) {
    throw problem(path, 'type', 'expected a GeoJSON FeatureCollection with features');
  }
  fc.features.forEach((f, i) => {
    if (typeof f?.properties?.PFA20CD !== 'string' || !f.geometry) {
      throw problem(path, `features.${i}.properties.PFA20CD`, 'expected every feature to have a geometry and a PFA20CD code');
    }
  });
  return fc as PfaCollection;
}

function problem(file: string, path: string, message: string, cause?: unknown): DataError {
  return new DataError([{ file, line: 0, column: 0, path, message, severity: 'error' }], { cause });
}
