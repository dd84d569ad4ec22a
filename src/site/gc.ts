/**
 * A full garbage collection on demand, for builds of thousands of pages. Between GCs V8
 * lets garbage pile up to a few times the live heap: at 10,000 areas the main thread's heap
 * swung between 250 and 760 MB, for a peak of 1.5 GB with the chart workers. Collecting
 * after each slice (about 0.2 s each) kept the peak near 0.8 GB.
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
