/**
 * Local voices: quotes and contacts given per force or per region in campaign.yaml replace the
 * national ones, the most local list winning, quotes and contacts separately.
 *
 *   campaign.forces.kent.quotes, else campaign.regions["south-east"].quotes, else campaign.quotes
 */
import type { Campaign, Contact, Quote } from '../load/types.ts';

export interface PageQuote { text: string; name: string; role: string }
export interface PageContact { name: string; role: string; email: string; phone: string }

/** voicesFor(campaign, { kind: "force", id: "kent", region_id: "south-east" }) → the quotes and contacts for Kent's page. */
export function voicesFor(campaign: Campaign, area: { kind: string; id: string; region_id?: string | null }): { quotes: PageQuote[]; contacts: PageContact[] } {
  const force = area.kind === 'force' ? campaign.forces?.[area.id] : undefined;
  const regionId = area.kind === 'region' ? area.id : area.kind === 'force' ? (area.region_id ?? undefined) : undefined;
  const region = regionId === undefined ? undefined : campaign.regions?.[regionId];
  const quotes: Quote[] = force?.quotes ?? region?.quotes ?? campaign.quotes;
  const contacts: Contact[] = force?.contacts ?? region?.contacts ?? campaign.contacts;
  return {
    quotes: quotes.map((q) => ({ text: q.text, name: q.name, role: q.role ?? '' })),
    contacts: contacts.map((c) => ({ name: c.name, role: c.role ?? '', email: c.email ?? '', phone: c.phone ?? '' })),
  };
}
