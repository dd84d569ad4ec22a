// Entry of a chart-drawing worker thread: loads the TypeScript worker through tsx, as
// bin/localpress.js does for the main thread.
import { register } from 'tsx/esm/api';

register();
await import('./chart-worker.ts');
