#!/usr/bin/env node
// Entry point: runs the CLI from the TypeScript sources, compiled by esbuild into
// node_modules/.cache/localpress/js and recompiled whenever src/ changes (bin/boot.js);
// through tsx when esbuild is not available.
import { start } from './boot.js';

const { run } = await start('cli');
process.exitCode = await run(process.argv.slice(2));
