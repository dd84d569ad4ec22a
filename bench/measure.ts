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
}

/** measureNode(["bin/localpress.js", "check"]) → { wallMs, cpuMs, rssMb, stdout }; throws if the child fails. */
export async function measureNode(args: string[], nodeFlags: string[] = []): Promise<Sample> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'lp-usage-'));
  const usageFile = path.join(tmp, 'usage.json');
  const started = performance.now();
  const { code, stdout, stderr } = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', HOOK, ...nodeFlags, ...args], {
      env: { ...process.env, BENCH_USAGE_FILE: usageFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', reject);
    child.on('close', (c) => resolve({ code: c, stdout: out, stderr: err }));
  });
  const wallMs = performance.now() - started;
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
