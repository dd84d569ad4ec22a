// Entry of a chart-drawing worker thread. It runs the same build of the sources as the thread
// that started it (bin/boot.js): the esbuild output when the CLI or the benchmark runs
// compiled, the TypeScript through tsx otherwise (vitest, or a fallback).
import { follow } from '../../bin/boot.js';

await follow('chart-worker');
