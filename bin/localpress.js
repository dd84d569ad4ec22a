#!/usr/bin/env node
// Entry point: runs the CLI from the TypeScript sources, compiled by esbuild into
// node_modules/.cache/localpress/js and recompiled whenever src/ changes (bin/boot.js);
// through tsx when esbuild is not available.
//
// `serve` runs in a child process that this one starts again whenever it exits with code 75
// (src/cli/serve.ts does so when the code in src/ changes), so an edit to the sources is served
// without a manual restart. This parent loads nothing but node:child_process.
const argv = process.argv.slice(2);
if (argv[0] === 'serve' && process.env.LOCALPRESS_SERVE_SUPERVISED !== '1') {
  const { spawn } = await import('node:child_process');
  const { constants } = await import('node:os');
  const env = { ...process.env, LOCALPRESS_SERVE_SUPERVISED: '1' };
  for (;;) {
    const child = spawn(process.execPath, [...process.execArgv, process.argv[1], ...argv], { stdio: 'inherit', env });
    const forward = (signal) => child.kill(signal);
    process.on('SIGINT', forward).on('SIGTERM', forward);
    const code = await new Promise((resolve) => child.on('exit', (c, signal) => resolve(signal ? 128 + (constants.signals[signal] ?? 0) : (c ?? 1))));
    process.off('SIGINT', forward).off('SIGTERM', forward);
    if (code !== 75) {
      process.exitCode = code;
      break;
    }
  }
} else {
  const { start } = await import('./boot.js');
  const { run } = await start('cli');
  process.exitCode = await run(argv);
}
