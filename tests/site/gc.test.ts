import { describe, expect, it } from 'vitest';
import { collectGarbage, sliceCollector } from '../../src/site/gc.ts';

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

describe('sliceCollector', () => {
  /** A heap whose size the test sets; a collection leaves `live` in it. */
  function fakeHeap(live: number[]) {
    const heap = { used: 0, collections: 0 };
    const collect = () => {
      heap.used = live[heap.collections++] ?? heap.used;
    };
    return { heap, collector: sliceCollector({ floorBytes: 100, heapUsed: () => heap.used, collect }) };
  }

  it('collects only once the heap passes the floor', () => {
    const { heap, collector } = fakeHeap([60]);
    heap.used = 50;
    expect(collector()).toBe(false);
    heap.used = 99;
    expect(collector()).toBe(false);
    heap.used = 120;
    expect(collector()).toBe(true);
    expect(heap).toEqual({ used: 60, collections: 1 });
  });

  it('then only once the heap holds as much garbage as live data (twice what the last collection left)', () => {
    const { heap, collector } = fakeHeap([80, 90]);
    heap.used = 120;
    expect(collector()).toBe(true); // leaves 80: the next collection waits for 160
    heap.used = 150;
    expect(collector()).toBe(false);
    heap.used = 170;
    expect(collector()).toBe(true); // leaves 90: waits for 180
    heap.used = 175;
    expect(collector()).toBe(false);
    expect(heap.collections).toBe(2);
  });

  it('lets garbage grow only up to its cap above a big live heap', () => {
    const heap = { used: 0, collections: 0 };
    const collector = sliceCollector({ floorBytes: 100, maxGarbageBytes: 50, heapUsed: () => heap.used, collect: () => { heap.collections++; heap.used = 400; } });
    heap.used = 500;
    expect(collector()).toBe(true); // leaves 400: waits for 450, not 800
    heap.used = 449;
    expect(collector()).toBe(false);
    heap.used = 450;
    expect(collector()).toBe(true);
    expect(heap.collections).toBe(2);
  });

  it('collects for real by default, above its floor', () => {
    const collector = sliceCollector({ floorBytes: 0 });
    expect(collector()).toBe(true);
  });
});
