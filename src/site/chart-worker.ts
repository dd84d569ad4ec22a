/**
 * A chart-drawing thread. The build sends each campaign's model once, then one message per
 * page ("draw the charts of area X"); the reply carries the charts or the error's message.
 */
import { parentPort } from 'node:worker_threads';
import type { PfaCollection } from '../charts/index.ts';
import type { CampaignModel } from '../compute/types.ts';
import { drawAreaCharts, type ChartArea } from './chart-draw.ts';
import type { WorkerReply, WorkerRequest } from './chart-pool.ts';

interface Loaded {
  model: CampaignModel;
  areas: Map<string, ChartArea>;
  geo: PfaCollection | null;
}

const campaigns = new Map<string, Loaded>();

parentPort!.on('message', (request: WorkerRequest) => {
  if (request.type === 'campaign') {
    const { model, geo } = request;
    const areas = new Map<string, ChartArea>([[`national:`, model.national]]);
    for (const region of model.regions) areas.set(`region:${region.id}`, region);
    for (const force of model.forces) areas.set(`force:${force.id}`, force);
    campaigns.set(request.key, { model, areas, geo });
    return;
  }
  let reply: WorkerReply;
  try {
    const loaded = campaigns.get(request.key);
    const area = loaded?.areas.get(request.area);
    if (!loaded || !area) throw new Error(`chart worker: no area '${request.area}' in campaign '${request.key}'`);
    reply = { job: request.job, charts: drawAreaCharts(area, loaded.model, request.opts, loaded.geo) };
  } catch (error) {
    reply = { job: request.job, error: (error as Error).message };
  }
  parentPort!.postMessage(reply);
});
