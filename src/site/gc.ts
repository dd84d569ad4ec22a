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
