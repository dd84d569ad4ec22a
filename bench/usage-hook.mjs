// Preloaded into every benchmarked child (node --import): on exit, write this process's own
// CPU time and peak RSS to $BENCH_USAGE_FILE, so the parent reads clean per-process figures.
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_USAGE_FILE;
if (file) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ userMs: u.userCPUTime / 1000, systemMs: u.systemCPUTime / 1000, maxRssKb: u.maxRSS }));
  });
}
