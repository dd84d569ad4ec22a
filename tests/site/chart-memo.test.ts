import { describe, expect, it } from 'vitest';
import type { Chart, ChartOptions } from '../../src/charts/types.ts';
import type { CampaignModel } from '../../src/compute/types.ts';
import type { ChartArea } from '../../src/site/chart-draw.ts';
import { rememberCharts } from '../../src/site/chart-memo.ts';

const opts: ChartOptions = { idPrefix: 'chart-kent', source: 'Source: FOI', illustrative: false, forceHref: (id) => `/c/${id}/` };
const kent = { kind: 'force', id: 'kent' } as ChartArea;
const model = (offences: number) => ({ forces: [{ id: 'kent', offences }] }) as unknown as CampaignModel;

/** A drawer that counts its calls and draws a chart of `size` characters. */
function counting(size = 10) {
  const calls: string[] = [];
  const draw = async (area: ChartArea): Promise<Chart[]> => {
    calls.push(area.id);
    return [{ id: `x-${area.id}`, title: 't', desc: 'd', svg: 's'.repeat(size), phoneSvg: 'p', fileBase: 'league', table: { caption: '', head: [], rows: [] } }];
  };
  return { calls, draw };
}

describe('charts remembered between builds in one process (serve)', () => {
  it('reuses the charts when the figures are unchanged, and draws again when they change', async () => {
    const first = counting();
    const a = await rememberCharts('memo-1', model(20), null, first.draw)(kent, model(20), opts);
    const second = counting();
    const b = await rememberCharts('memo-1', model(20), null, second.draw)(kent, model(20), opts);
    expect(second.calls).toEqual([]);
    expect(b).toBe(a);
    const third = counting();
    await rememberCharts('memo-1', model(21), null, third.draw)(kent, model(21), opts);
    expect(third.calls).toEqual(['kent']);
  });

  it('draws again when the chart options differ (another source line)', async () => {
    await rememberCharts('memo-2', model(20), null, counting().draw)(kent, model(20), opts);
    const again = counting();
    await rememberCharts('memo-2', model(20), null, again.draw)(kent, model(20), { ...opts, source: 'Source: another' });
    expect(again.calls).toEqual(['kent']);
  });

  it('stops remembering a campaign whose charts outgrow the memory allowed', async () => {
    const huge = counting(130 * 1024 * 1024); // over the 128 MB allowed
    await rememberCharts('memo-3', model(20), null, huge.draw)(kent, model(20), opts);
    const again = counting();
    await rememberCharts('memo-3', model(20), null, again.draw)(kent, model(20), opts);
    expect(again.calls).toEqual(['kent']);
  });
});
