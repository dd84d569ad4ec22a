/**
 * A chart-drawing thread. The build sends each campaign's model once, then one message per
 * page ("draw the charts of area X"); the reply carries the charts or the error's message.
 */
import { parentPort } from 'node:worker_threads';
import type { PfaCollection } from '../charts/index.ts';
import type { CampaignModel } from '../compute/types.ts';
import { drawAreaCharts } from './chart-draw.ts';
import { collectGarbage } from './gc.ts';
import type { WorkerReply, WorkerRequest } from './chart-pool.ts';

interface Loaded {
  model: CampaignModel;
  geo: PfaCollection | null;
}

const campaigns = new Map<string, Loaded>();
/** Draws between full GCs: a worker's heap otherwise grew to 250 MB of mostly garbage at 10,000 areas. */
const COLLECT_EVERY = 500;
let drawn = 0;

parentPort!.on('message', (request: WorkerRequest) => {
  if (request.type === 'campaign') {
    campaigns.set(request.key, { model: request.model, geo: request.geo });
    return;
  }
  let reply: WorkerReply;
  try {
    const loaded = campaigns.get(request.key);
    if (!loaded) throw new Error(`chart worker: no campaign '${request.key}'`);
    const started = performance.now();
    const charts = drawAreaCharts(request.area, loaded.model, request.opts, loaded.geo);
    reply = { job: request.job, charts, ms: performance.now() - started };
  } catch (error) {
    // A chart that throws is a bug: say which page, with the worker's stack.
    reply = { job: request.job, error: `drawing the charts of ${request.area.kind} '${request.area.id}' failed: ${(error as Error).stack ?? String(error)}` };
  }
  parentPort!.postMessage(reply);
  if (++drawn % COLLECT_EVERY === 0) collectGarbage();
});
