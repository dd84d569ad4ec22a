/**
 * Replacing the output folder without ever losing it. Beside an output `dist/` a build uses:
 *
 *   dist.lock        the lock: the pid of the one build writing dist/ (stale once that pid is dead)
 *   dist.tmp-PID     the build's staging folder; its marker reads PENDING until the site is complete
 *   dist.old-PID-N   the previous build, moved aside by the swap and deleted in the background
 *
 * A build killed at any point leaves a state the next build recovers under the lock: a complete
 * staging folder with no dist/ (killed between the two renames) is put in place, else the
 * previous build is put back; then leftovers of dead processes that carry the marker (or are
 * empty) are deleted. Folders with these names but without the marker are left alone.
 */
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.ts';
import { MARKER, MARKER_TEXT, checkOutDir, isUnmarkedBuild, kindOf, type OutContext } from './output-dir.ts';

/** How long a build waits for another one writing the same output before it refuses (exit 2). */
export const LOCK_WAIT_MS = 5_000;
/** The marker of a staging folder still being written. */
export const PENDING_TEXT = 'PENDING: a localpress build is writing this folder.\n';

export interface Leftover {
  name: string;
  kind: 'tmp' | 'old';
  pid: number;
}

/** leftoverOf("dist", "dist.old-123-2") → { name, kind: "old", pid: 123 }; null for any other name. */
export function leftoverOf(base: string, name: string): Leftover | null {
  if (!name.startsWith(`${base}.`)) return null;
  const match = /^(tmp|old)-([1-9]\d{0,9})(?:-\d+)?$/.exec(name.slice(base.length + 1));
  return match ? { name, kind: match[1] as Leftover['kind'], pid: Number(match[2]) } : null;
}

export interface LeftoverState extends Leftover {
  alive: boolean;
  /** done: a complete build; pending: a build being written; none: not ours (or a plain file). */
  marker: 'done' | 'pending' | 'none';
  empty: boolean;
  mtimeMs: number;
}

export interface Recovery {
  /** The leftover to rename into the missing output, and why. */
  restore: { name: string; how: 'finished' | 'restored' } | null;
  remove: string[];
  /** Named like ours but without the marker: left alone, and said once. */
  foreign: string[];
}

/** planRecovery(false, [tmp-9 done, old-9-1 done]) → finish the swap with tmp-9, delete old-9-1. Only dead processes' folders are touched. */
export function planRecovery(outputExists: boolean, leftovers: LeftoverState[]): Recovery {
  const dead = leftovers.filter((l) => !l.alive);
  const newest = (kind: Leftover['kind']) => dead.filter((l) => l.kind === kind && l.marker === 'done').sort((a, b) => b.mtimeMs - a.mtimeMs)[0];
  let restore: Recovery['restore'] = null;
  if (!outputExists) {
    const complete = newest('tmp');
    const previous = newest('old');
    if (complete) restore = { name: complete.name, how: 'finished' };
    else if (previous) restore = { name: previous.name, how: 'restored' };
  }
  const rest = dead.filter((l) => l.name !== restore?.name);
  const ours = (l: LeftoverState) => l.marker !== 'none' || l.empty;
  return { restore, remove: rest.filter(ours).map((l) => l.name), foreign: rest.filter((l) => !ours(l)).map((l) => l.name) };
}

/** isAlive(process.pid) → true; a pid no process has → false (a process of another user counts as alive). */
export function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false; // 0 and negatives would signal process groups
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function stateOf(dir: string, leftover: Leftover): LeftoverState | null {
  const folder = path.join(dir, leftover.name);
  const stats = lstatSync(folder, { throwIfNoEntry: false });
  if (!stats) return null;
  const base = { ...leftover, alive: isAlive(leftover.pid), mtimeMs: stats.mtimeMs };
  if (!stats.isDirectory()) return { ...base, marker: 'none', empty: false };
  const markerFile = path.join(folder, MARKER);
  const names = readdirSync(folder);
  // A complete build from a localpress that wrote no marker yet (killed between its renames) counts as done.
  const marker = existsSync(markerFile) ? (readFileSync(markerFile, 'utf8') === MARKER_TEXT ? 'done' : 'pending') : isUnmarkedBuild(folder, names) ? 'done' : 'none';
  return { ...base, marker, empty: names.length === 0 };
}

/** Finish or undo a swap a killed build left half done, and delete dead builds' leftovers beside `target`. */
export function recover(target: string, log?: (message: string) => void): void {
  const dir = path.dirname(target);
  const leftovers = readdirSync(dir)
    .map((name) => leftoverOf(path.basename(target), name))
    .flatMap((l) => (l ? [stateOf(dir, l)] : []))
    .filter((l): l is LeftoverState => l !== null);
  if (leftovers.length === 0) return;
  const plan = planRecovery(existsSync(target), leftovers);
  if (plan.restore) {
    renameSync(path.join(dir, plan.restore.name), target);
    const what = plan.restore.how === 'finished' ? 'finished the swap of a build that was stopped in the middle of it' : 'put back the previous build, which a stopped build had moved aside';
    log?.(`localpress: ${what} (${plan.restore.name} → ${path.basename(target)})`);
  }
  for (const name of plan.remove) {
    try {
      rmSync(path.join(dir, name), { recursive: true, force: true, maxRetries: 2 });
    } catch (error) {
      log?.(`localpress: could not delete ${path.join(dir, name)}, left by a stopped build (${(error as Error).message})`);
    }
  }
  if (plan.foreign.length > 0) log?.(`localpress: left alone ${plan.foreign.map((n) => path.join(dir, n)).join(', ')}: named like a stopped build's folder but without its ${MARKER} file; delete it yourself if it is one`);
}

/** lockOutput("/r/dist", "dist") → release(); waits up to waitMs for a live holder, then throws a UsageError naming it. */
export async function lockOutput(target: string, shown: string, options: { waitMs?: number; log?: (message: string) => void } = {}): Promise<() => void> {
  const file = `${target}.lock`;
  const deadline = Date.now() + (options.waitMs ?? LOCK_WAIT_MS);
  let told = false;
  for (;;) {
    try {
      writeFileSync(file, `${process.pid}\n`, { flag: 'wx' });
      return () => {
        if (holderOf(file) === process.pid) rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = holderOf(file);
    // A pid that is dead, or no pid in a lock older than a second (its writer died before writing it): stale.
    const stale = holder !== null ? !isAlive(holder) : Date.now() - (statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0) > 1_000;
    if (stale) {
      if (holderOf(file) === holder) rmSync(file, { force: true });
      continue;
    }
    if (Date.now() >= deadline) {
      throw new UsageError(`localpress: another build (process ${holder ?? '?'}) is writing --out ${shown}, and did not finish within ${Math.round((options.waitMs ?? LOCK_WAIT_MS) / 1000)} s. Wait for it to finish and build again; if no localpress is running, delete ${file}.`);
    }
    if (!told) options.log?.(`localpress: waiting for the build in process ${holder ?? '?'} to finish writing ${shown}`);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function holderOf(file: string): number | null {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

export interface Output {
  /** The absolute output folder. */
  target: string;
  /** Where this build writes; it already holds a PENDING marker. */
  staging: string;
  /** Put the staging folder in place of the output (the old one is deleted in the background). */
  swap(): void;
  release(): void;
}

/**
 * openOutput("dist", { dataDir: "data", siteDirs }) → the checked, locked and recovered output with a
 * fresh staging folder. Throws a UsageError (exit 2) before touching anything when --out is refused.
 */
export async function openOutput(outDir: string, context: OutContext & { log?: (message: string) => void; lockWaitMs?: number }): Promise<Output> {
  const target = checkOutDir(outDir, context);
  mkdirSync(path.dirname(target), { recursive: true });
  const release = await lockOutput(target, outDir, { ...(context.lockWaitMs !== undefined ? { waitMs: context.lockWaitMs } : {}), ...(context.log ? { log: context.log } : {}) });
  try {
    recover(target, context.log);
    const staging = `${target}.tmp-${process.pid}`;
    if (!['missing', 'empty', 'build'].includes(kindOf(staging))) throw new UsageError(`localpress: ${staging} is in the way of the build's staging folder and was not written by localpress; move it and build again.`);
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging);
    writeFileSync(path.join(staging, MARKER), PENDING_TEXT);
    return { target, staging, swap: () => swapInto(staging, target), release };
  } catch (error) {
    release();
    throw error;
  }
}

let swaps = 0;

/** Replace `target` with `staging` in two renames, so a reader never sees a half-written site. */
function swapInto(staging: string, target: string): void {
  // From here the staging folder is a complete build: a swap killed halfway is finished by the next build.
  writeFileSync(path.join(staging, MARKER), MARKER_TEXT);
  if (!existsSync(target)) return renameSync(staging, target);
  const old = `${target}.old-${process.pid}-${++swaps}`;
  renameSync(target, old);
  renameSync(staging, target);
  removeInBackground(old);
}

/**
 * Delete the previous site in a detached process: the new one is already in place, and
 * unlinking tens of thousands of files took longer than building them (29 s of a 10,000-area
 * build on a busy disk). Bare Eleventy overwrites in place and pays none of this.
 */
function removeInBackground(folder: string): void {
  const script = 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })';
  spawn(process.execPath, ['-e', script, folder], { detached: true, stdio: 'ignore' }).unref();
}
