#!/usr/bin/env node
// `npm run bench`: loads the TypeScript benchmark through tsx (no compile step), like
// bin/localpress.js. `--child <mode> ...` is how the benchmark runs work in a fresh process.
import { register } from 'tsx/esm/api';

register();
const argv = process.argv.slice(2);
if (argv[0] === '--child') {
  const { runChild } = await import('../bench/child.ts');
  await runChild(argv.slice(1));
} else {
  const { main } = await import('../bench/main.ts');
  process.exitCode = await main(argv);
}
