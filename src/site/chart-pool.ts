/**
 * Charts drawn on worker threads. Drawing is most of a large build's time (about 3 ms a
 * chart in jsdom, four or five charts a page), and it needs nothing from Eleventy: workers
 * load d3-node while the main thread loads data and Eleventy, and draw a slice's charts
 * while the main thread renders the previous slice.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { PfaCollection } from '../charts/geo.ts';
import type { Chart, ChartOptions } from '../charts/types.ts';
import type { CampaignModel, ComputedForce } from '../compute/types.ts';
import type { ChartArea } from './chart-draw.ts';

export type WorkerRequest =
  | { type: 'campaign'; key: string; model: CampaignModel; geo: PfaCollection | null }
  | { type: 'draw'; job: number; key: string; area: ChartArea; opts: ChartOptions };
export type WorkerReply = { job: number; charts: Chart[]; ms: number } | { job: number; error: string };

/** Charts drawn and the time spent drawing them (on the workers, summed). */
export interface ChartStats {
  charts: number;
  ms: number;
}

/** The worker bin/boot.js started while the program loaded, if any: it is further on with loading jsdom. */
function adoptEarlyWorker(): Worker | null {
  const key = Symbol.for('localpress.chartWorker');
  const slot = globalThis as Record<symbol, { worker: Worker; stopped: boolean } | undefined>;
  const early = slot[key];
  delete slot[key];
  if (!early || early.stopped) return null;
  early.worker.ref();
  return early.worker;
}

/** How many workers a build starts by default: one per core, at least one. */
export const defaultChartWorkers = () => Math.max(1, Math.min(4, availableParallelism()));

interface Pending {
  resolve: (charts: Chart[]) => void;
  reject: (error: Error) => void;
  worker: number;
}

export class ChartPool {
  private readonly workers: Worker[] = [];
  private readonly load: number[] = [];
  /** Every campaign sent so far, for workers added later. */
  private readonly campaigns: WorkerRequest[] = [];
  private readonly pending = new Map<number, Pending>();
  private nextJob = 0;
  private failure: Error | null = null;
  private closing = false;
  /** What the workers have drawn so far. */
  readonly stats: ChartStats = { charts: 0, ms: 0 };

  constructor(size: number) {
    this.grow(size);
  }

  /** Start workers until there are `size`; each gets the campaigns sent so far. */
  grow(size: number): void {
    while (this.workers.length < size) {
      const index = this.workers.length;
      const worker = adoptEarlyWorker() ?? new Worker(new URL('./chart-worker.js', import.meta.url));
      worker.on('message', (reply: WorkerReply) => this.settle(reply));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => { if (code !== 0 && !this.closing) this.fail(new Error(`chart worker ${index} stopped with exit code ${code}`)); });
      for (const request of this.campaigns) worker.postMessage(request);
      this.workers.push(worker);
      this.load.push(0);
    }
  }

  /**
   * Send a campaign to every worker, once: the figures every chart compares against (each
   * force's place in the leagues and on the map) and the boundaries. A page's own figures
   * travel with its request, so no worker holds a whole copy of a big model.
   */
  addCampaign(key: string, model: CampaignModel, geo: PfaCollection | null): void {
    const request: WorkerRequest = { type: 'campaign', key, model: { ...model, regions: [], forces: model.forces.map(comparedFigures) }, geo };
    this.campaigns.push(request);
    for (const worker of this.workers) worker.postMessage(request);
  }

  /** The charts of one area (a force, a region or the national figures), drawn by the least busy worker. */
  draw(key: string, area: ChartArea, opts: ChartOptions): Promise<Chart[]> {
    if (this.failure) return Promise.reject(this.failure);
    const job = this.nextJob++;
    const worker = this.load.indexOf(Math.min(...this.load));
    this.load[worker]!++;
    return new Promise((resolve, reject) => {
      this.pending.set(job, { resolve, reject, worker });
      this.workers[worker]!.postMessage({ type: 'draw', job, key, area, opts } satisfies WorkerRequest);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    this.fail(new Error('chart pool closed'));
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private settle(reply: WorkerReply): void {
    const pending = this.pending.get(reply.job);
    if (!pending) return;
    this.pending.delete(reply.job);
    this.load[pending.worker]!--;
    if ('error' in reply) return pending.reject(new Error(reply.error));
    this.stats.charts += reply.charts.length;
    this.stats.ms += reply.ms;
    pending.resolve(reply.charts);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const [job, pending] of this.pending) {
      this.pending.delete(job);
      pending.reject(error);
    }
  }
}

/**
 * What charts read of the forces they compare an area with (leagues, map, a region's
 * members): tests/site checks that charts drawn from these equal charts drawn from the
 * whole model, so a chart that starts reading another field fails there, not in print.
 */
function comparedFigures(force: ComputedForce): ComputedForce {
  const { kind, id, name, area, code, region_id, region_name, responded, status, offences, rate, rank } = force;
  return { kind, id, name, area, code, region_id, region_name, responded, status, offences, rate, rank: { offences: rank.offences, rate: rank.rate } } as ComputedForce;
}
