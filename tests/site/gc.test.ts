import { describe, expect, it } from 'vitest';
import { collectGarbage } from '../../src/site/gc.ts';

describe('collectGarbage', () => {
  it('frees unreachable memory at once (the build calls it between slices of a big site)', () => {
    collectGarbage();
    const before = process.memoryUsage().heapUsed;
    let garbage: number[][] | null = Array.from({ length: 200 }, (_, i) => new Array(25_000).fill(i)); // about 40 MB
    expect(process.memoryUsage().heapUsed - before).toBeGreaterThan(20e6);
    garbage = null;
    collectGarbage();
    expect(garbage).toBeNull();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(10e6);
  });
});
