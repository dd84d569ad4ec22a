/**
 * Charts remembered between builds in one process (`localpress serve`, the benchmark's
 * rebuild). After an edit to the copy the figures are the same, and so are the charts:
 * a campaign's charts are reused while its computed model (and the map boundaries) are
 * unchanged, and only while they fit in MAX_BYTES, so a huge campaign is drawn afresh
 * rather than held in memory.
 */
import { createHash } from 'node:crypto';
import type { PfaCollection } from '../charts/geo.ts';
import type { Chart } from '../charts/types.ts';
import type { CampaignModel } from '../compute/types.ts';
import type { ChartDrawer } from './charts.ts';

/** Enough for every chart of a 1,000-area campaign (about 50 MB), not for 10,000. */
const MAX_BYTES = 128 * 1024 * 1024;

interface Memo {
  fingerprint: string;
  charts: Map<string, Chart[]>;
  bytes: number;
  /** Over MAX_BYTES: stop remembering this campaign. */
  full: boolean;
}

const memos = new Map<string, Memo>();

/** rememberCharts("scwc", model, geo, draw) → a drawer that returns the charts drawn for the same figures in an earlier build. */
export function rememberCharts(campaignId: string, model: CampaignModel, geo: PfaCollection | null, draw: ChartDrawer): ChartDrawer {
  const fingerprint = createHash('sha256').update(JSON.stringify(model)).update('\0').update(geo ? JSON.stringify(geo) : '').digest('hex');
  let memo = memos.get(campaignId);
  if (!memo || memo.fingerprint !== fingerprint) {
    memo = { fingerprint, charts: new Map(), bytes: 0, full: false };
    memos.set(campaignId, memo);
  }
  const known = memo;
  return async (area, campaignModel, opts) => {
    // The link function is the campaign's own (keyed above); the rest of the options by value.
    const key = `${area.kind}:${area.id}:${JSON.stringify(opts)}`;
    const remembered = known.charts.get(key);
    if (remembered) return remembered;
    const charts = await draw(area, campaignModel, opts);
    if (!known.full) {
      // Characters, about bytes: chart markup and text are one-byte strings unless they hold a curly quote or a dash.
      known.bytes += charts.reduce((n, c) => n + c.svg.length + (c.phoneSvg?.length ?? 0) + c.desc.length + JSON.stringify(c.table).length, 0);
      if (known.bytes > MAX_BYTES) {
        known.full = true;
        known.charts.clear();
      } else {
        known.charts.set(key, charts);
      }
    }
    return charts;
  };
}
