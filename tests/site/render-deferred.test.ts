import { describe, expect, it } from 'vitest';
import { DEFERRED_AT_ONCE, renderDeferred } from '../../src/site/build.ts';
import type { Download } from '../../src/site/types.ts';

/** A deferred download that finishes when told to, recording how many ran at once. */
function gate(name: string, log: { running: number; most: number; started: string[] }) {
  let open!: () => void;
  const done = new Promise<void>((resolve) => (open = resolve));
  const download: Download = {
    path: `${name}.png`,
    contents: async () => {
      log.started.push(name);
      log.most = Math.max(log.most, ++log.running);
      await done;
      log.running--;
      return new TextEncoder().encode(name);
    },
  };
  return { download, open };
}

describe('renderDeferred', () => {
  it(`renders at most ${DEFERRED_AT_ONCE} at once, starts the next as soon as one finishes, and writes every file`, async () => {
    const log = { running: 0, most: 0, started: [] as string[] };
    const gates = Array.from({ length: 7 }, (_, i) => gate(`chart-${i}`, log));
    const written: string[] = [];
    const rendering = renderDeferred({ write: (p) => void written.push(p), copy: () => {} }, [...gates.map((g) => g.download), { path: 'ready.txt', contents: 'text' }]);
    await new Promise((r) => setTimeout(r, 0));
    expect(log.started).toEqual(['chart-0', 'chart-1', 'chart-2', 'chart-3']);
    // One slow chart does not hold the others back (batches of four would wait for chart-0).
    gates[3]!.open();
    await new Promise((r) => setTimeout(r, 0));
    expect(log.started).toContain('chart-4');
    gates.forEach((g) => g.open());
    await rendering;
    expect(log.most).toBe(DEFERRED_AT_ONCE);
    expect(written.sort()).toEqual([...gates.map((_, i) => `chart-${i}.png`), 'ready.txt'].sort());
  });

  it('writes nothing and resolves at once when there is nothing deferred', async () => {
    const written: string[] = [];
    await renderDeferred({ write: (p) => void written.push(p), copy: (p) => void written.push(p) }, []);
    expect(written).toEqual([]);
  });

  it('copies a download given as a file (a cached PNG) instead of writing bytes', async () => {
    const calls: string[] = [];
    const writer = { write: (p: string) => void calls.push(`write ${p}`), copy: (p: string, from: string) => void calls.push(`copy ${from} -> ${p}`) };
    await renderDeferred(writer, [
      { path: 'kent/league.png', contents: async () => ({ copyOf: '/cache/3f/3f9a.png' }) },
      { path: 'kent/trend.png', contents: async () => new Uint8Array([1]) },
    ]);
    expect(calls.sort()).toEqual(['copy /cache/3f/3f9a.png -> kent/league.png', 'write kent/trend.png']);
  });
});
