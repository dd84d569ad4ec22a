/**
 * Runs one command in a child Node process and measures it: wall time from the parent,
 * CPU time (user + system) and peak RSS from the child itself (usage-hook.mjs), so the
 * benchmark process's own memory never pollutes the figures.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HOOK = path.join(path.dirname(fileURLToPath(import.meta.url)), 'usage-hook.mjs');

export interface Sample {
  wallMs: number;
  cpuMs: number;
  rssMb: number;
  /** Whatever the child printed on stdout (child modes report JSON there). */
  stdout: string;
  /** Set when the child was stopped by a limit: then the other figures are what it reached. */
  failed?: string;
}

/** Limits so one runaway child cannot take the shared machine down. */
export interface Limits { timeoutMs: number; maxRssMb: number }
export const DEFAULT_LIMITS: Limits = { timeoutMs: 10 * 60_000, maxRssMb: 4096 };

/** Resident memory of a live process in MB, from /proc (Linux); 0 where /proc is missing. */
function rssOf(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/** measureNode(["bin/localpress.js", "check"]) → { wallMs, cpuMs, rssMb, stdout }; throws if the child fails. */
export async function measureNode(args: string[], limits: Limits = DEFAULT_LIMITS): Promise<Sample> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'lp-usage-'));
  const usageFile = path.join(tmp, 'usage.json');
  const started = performance.now();
  let failed: string | undefined;
  let peakMb = 0;
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', HOOK, ...args], {
      env: { ...process.env, BENCH_USAGE_FILE: usageFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const stop = (reason: string) => {
      failed ??= reason;
      child.kill('SIGKILL');
    };
    const timer = setTimeout(() => stop(`stopped after ${limits.timeoutMs / 1000} s`), limits.timeoutMs);
    const watch = setInterval(() => {
      peakMb = Math.max(peakMb, child.pid ? rssOf(child.pid) : 0);
      if (peakMb > limits.maxRssMb) stop(`stopped at ${Math.round(peakMb)} MB resident (limit ${limits.maxRssMb} MB)`);
    }, 250);
    child.on('error', reject);
    child.on('close', (c) => {
      clearTimeout(timer);
      clearInterval(watch);
      resolve({ code: c, stdout: out, stderr: err });
    });
  });
  const wallMs = performance.now() - started;
  if (failed) return { wallMs, cpuMs: NaN, rssMb: peakMb, stdout, failed };
  if (code !== 0) throw new Error(`node ${args.join(' ')} exited with ${code}:\n${stderr.slice(-2000)}`);
  const usage = JSON.parse(readFileSync(usageFile, 'utf8')) as { userMs: number; systemMs: number; maxRssKb: number };
  rmSync(tmp, { recursive: true, force: true });
  return { wallMs, cpuMs: usage.userMs + usage.systemMs, rssMb: usage.maxRssKb / 1024, stdout };
}

/** Median of a non-empty list. Example: `median([3, 1, 2])` → 2. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
