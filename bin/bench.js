#!/usr/bin/env node
// `npm run bench`: runs the TypeScript benchmark like bin/localpress.js does (compiled by
// esbuild when fresh, see bin/boot.js). `--child <mode> ...` is how the benchmark runs work
// in a fresh process. The `charts` mode imports src/charts/*.ts by computed path, which only
// tsx can load, so it always runs through tsx.
import { start } from './boot.js';

const argv = process.argv.slice(2);
if (argv[0] === '--child') {
  if (argv[1] === 'charts') process.env.LOCALPRESS_TSX = '1';
  const { runChild } = await start('bench-child');
  await runChild(argv.slice(1));
} else {
  const { main } = await start('bench-main');
  process.exitCode = await main(argv);
}
