/**
 * CPU time for the speed guards of the hostile tests. Wall time grows while other processes have
 * the cores (at a load of 9 on 2 cores a check got 17% of a core and took 45 s for 7.6 s of
 * CPU), so a limit on it fails on a busy machine; this process's CPU time grows only with the
 * work done, so a limit on it fails on slow code, which is what the guards are for.
 */
export function cpuClock(): () => number {
  const start = process.cpuUsage();
  return () => {
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
}
