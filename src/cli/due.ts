/**
 * `localpress due --site-url URL`: is a campaign whose embargo has lifted still missing from the
 * live site? The Pages workflow's schedule asks this every quarter hour and builds and deploys only
 * when the answer is yes, so a release goes live soon after its embargo without anyone pushing.
 */
import { listCampaigns } from '../load/index.ts';
import { readYaml } from '../load/yaml.ts';
import path from 'node:path';

export interface DueCampaign {
  id: string;
  embargo: string;
}

/** Campaigns whose embargo is at or before `now` (unreadable files are left to build and check). */
export function liftedCampaigns(dataDir: string, now: Date): DueCampaign[] {
  const out: DueCampaign[] = [];
  for (const id of listCampaigns(dataDir)) {
    try {
      const data = readYaml(path.join(dataDir, 'campaigns', id, 'campaign.yaml')).data as { embargo?: unknown } | null;
      const embargo = data?.embargo;
      if (typeof embargo === 'string' && Date.parse(embargo) <= now.getTime()) out.push({ id, embargo });
    } catch {
      // a broken campaign is reported by the build itself
    }
  }
  return out;
}

/** The lifted campaigns whose page the live site does not serve yet (404, or the site cannot be reached). */
export async function dueCampaigns(dataDir: string, siteUrl: string, now: Date, fetchPage: (url: string) => Promise<number> = headStatus): Promise<DueCampaign[]> {
  const base = siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`;
  const due: DueCampaign[] = [];
  for (const campaign of liftedCampaigns(dataDir, now)) {
    const status = await fetchPage(`${base}${campaign.id}/`).catch(() => 0);
    if (status < 200 || status >= 400) due.push(campaign);
  }
  return due;
}

async function headStatus(url: string): Promise<number> {
  const response = await fetch(url, { method: 'HEAD', redirect: 'follow', signal: AbortSignal.timeout(15_000) });
  return response.status;
}
