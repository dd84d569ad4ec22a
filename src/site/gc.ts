/**
 * A full garbage collection on demand. Two uses, both measured (bench/NOTES.md):
 * - every few PNGs rasterised (src/site/png-cache.ts): resvg's images sit in native memory
 *   that V8 does not count, so it never saw a reason to collect them; a cold 45-area build
 *   peaked at 0.7 to 1.1 GB without, 0.29 GB with;
 * - after each slice of a large build (src/site/build.ts): V8 lets garbage pile up to a few
 *   times the live heap (at 10,000 areas the main heap swung between 250 and 760 MB).
 * gc() is exposed with v8.setFlagsFromString, which Node's documentation calls
 * unpredictable for flags in general; where it does not work this does nothing.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

let gc: (() => void) | null | undefined;

/** Collect now, in this thread; does nothing where V8 will not expose gc(). */
export function collectGarbage(): void {
  if (gc === undefined) {
    try {
      // Exposing gc() after start-up takes effect in contexts made afterwards, such as this one.
      v8.setFlagsFromString('--expose-gc');
      gc = vm.runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}

/**
 * After each slice of a large build: a full collection only once the heap holds as much garbage
 * as live data, up to `maxGarbageBytes` of garbage (heap used at least what the last collection
 * left plus that much, and at least `floorBytes`). A forced full collection after every slice
 * cost more than it saved: at 10,000 areas without charts, 21 of them took 13.7 s of a 100 s
 * build (each a non-incremental mark-compact of a 200 MB heap that left 150-180 MB alive), and
 * the build took 89.8 s of CPU against 51.2 s with five (peak RSS 563 MB against 583 MB). The
 * cap keeps a big live heap (charts at 10,000 areas: about 450 MB) under 1 GiB of RSS.
 * Returns a function to call after each slice; it says whether it collected.
 */
export function sliceCollector(options: { floorBytes?: number; maxGarbageBytes?: number; heapUsed?: () => number; collect?: () => void } = {}): () => boolean {
  const heapUsed = options.heapUsed ?? (() => v8.getHeapStatistics().used_heap_size);
  const collect = options.collect ?? collectGarbage;
  const floor = options.floorBytes ?? 256 * 2 ** 20;
  const maxGarbage = options.maxGarbageBytes ?? 192 * 2 ** 20;
  let live = 0;
  return () => {
    if (heapUsed() < Math.max(floor, live + Math.min(live, maxGarbage))) return false;
    collect();
    live = heapUsed();
    return true;
  };
}
