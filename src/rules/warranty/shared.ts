/**
 * What the warranty, dates, visits and records rules share: the Art. 40 category behind
 * an id, names for messages, and the free warranty a policy entry is measured against.
 */
import type { Entry } from '../../content/load.ts';
import type { SourceRef } from '../../diagnostics/diagnostic.ts';
import { formatDuration, spanOf } from '../../time/duration.ts';
import type { BidNode, FreeWarrantyNode, Model } from '../../model/model.ts';
import { en, zh } from '../../schema/localized.ts';
import type { Duration, FreeWarranty, LocalizedText, StatutoryCategory } from '../../schema/index.ts';
import { lastsAtLeast } from '../../model/dates.ts';
import type { WeekSet } from '../../time/week.ts';

/** "屋面防水工程 (Roof waterproofing)", or the Chinese alone when there is no English. */
export const label = (t: LocalizedText) => (zh(t) === en(t) ? zh(t) : `${zh(t)} (${en(t)})`);

/** `{ amount: 2, unit: year }`, as an author would write it. */
export const yamlOf = (d: Duration) => `{ amount: ${d.amount}, unit: ${d.unit}${d.clock ? `, clock: ${d.clock}` : ''} }`;

export interface LawCategory {
  law: Entry<'law'>;
  category: StatutoryCategory;
  /** The category's `minimum` in the law file. */
  minimumAt: SourceRef;
  /** The law's citation, in Chinese, e.g. 《建设工程质量管理条例》第四十条. */
  citation: string;
  name: string;
}

/** The first law category with this id; undefined when none (references/resolve reports it). */
export function lawCategory(model: Model, id: string): LawCategory | undefined {
  for (const law of model.entries.law) {
    const index = law.data.categories.findIndex((c) => c.id === id);
    if (index < 0) continue;
    const category = law.data.categories[index]!;
    return { law, category, minimumAt: law.locate(['categories', index, 'minimum']), citation: zh(law.data.citation), name: label(category.name) };
  }
  return undefined;
}

/** The minimum in words: a duration, or the design life. */
export const describeMinimum = (m: StatutoryCategory['minimum']) =>
  m === 'design-life' ? 'the design life (设计文件规定的该工程的合理使用年限)' : m === 'agreed' ? 'whatever the parties agree' : formatDuration(m);

/** `"cabling" (线缆管路)`, or the bare id when the organisation does not define it. */
export function assetLabel(model: Model, id: string): string {
  const asset = model.organisation?.data.assetClasses.find((a) => a.id === id);
  return asset ? `"${id}" (${zh(asset.name)})` : `"${id}"`;
}

/** Where a free-warranty promise comes from, for messages. */
export const originOf = (node: FreeWarrantyNode) =>
  node.origin.startsWith('bid:') ? `the overrides of bid "${node.origin.slice(4)}"` : `warranty "${node.origin}"`;

/** "5年 (5 years) for asset class "cabling" (线缆管路) in warranty "standard"". */
export function describeFree(model: Model, node: FreeWarrantyNode): string {
  const scope = node.data.asset ? `for asset class ${assetLabel(model, node.data.asset)}` : 'for the whole works';
  return `${formatDuration(node.data.period)} ${scope} in ${originOf(node)}`;
}

/** The free-warranty promises of one warranty entry, in the form bids hold them. */
export const freeOfEntry = (w: Entry<'warranty'>): FreeWarrantyNode[] =>
  w.data.free.map((f, i) => ({ data: f, span: spanOf(f.period), at: w.locate(['free', i]), origin: w.id }));

export interface WarrantyContext {
  /** The bid applying the entry; undefined when no bid does. */
  bid?: BidNode;
  free: FreeWarrantyNode[];
}

/**
 * The free warranties a policy entry (a visit plan, a records list) must serve: those in
 * force in each bid that applies it; when no bid applies it, those of every warranty
 * entry, since any of them may be offered with it.
 */
export function warrantyContexts(model: Model, applied: (bid: BidNode) => Entry | undefined, entry: Entry): WarrantyContext[] {
  const bids = model.bids.filter((b) => applied(b) === entry);
  if (bids.length) return bids.map((bid) => ({ bid, free: bid.freeWarranty }));
  return [{ free: model.entries.warranty.flatMap(freeOfEntry) }];
}

/**
 * The whole heating (or cooling) seasons a calendar period is sure to contain: one per whole
 * 12 months (⌊months / 12⌋), since any 12 months in a row hold one full season; a period in
 * days or weeks counts by its shortest span against a leap year. Seasons count as themselves;
 * undefined when the period has no calendar length (a business clock without service hours).
 */
export function seasonsIn(d: Duration, serviceHours?: WeekSet): number | undefined {
  if (d.unit === 'season') return d.amount;
  if (d.unit === 'year') return Math.floor(d.amount);
  if (d.unit === 'month') return Math.floor(d.amount / 12);
  const span = spanOf(d, serviceHours);
  return span ? Math.floor(span.min / (366 * 1440)) : undefined;
}

/**
 * Whether `period` lasts at least `minimum`, where a minimum in seasons is met by the whole
 * seasons a calendar period guarantees (see seasonsIn); `seasons` is that count, for the
 * message, when the two were compared that way.
 */
export function meetsMinimum(period: Duration, minimum: Duration, serviceHours?: WeekSet): { enough: boolean | undefined; seasons?: number } {
  if (minimum.unit === 'season' && period.unit !== 'season') {
    const seasons = seasonsIn(period, serviceHours);
    return seasons === undefined ? { enough: undefined } : { enough: seasons >= minimum.amount, seasons };
  }
  return { enough: lastsAtLeast(period, minimum, serviceHours) };
}

/** The goods a supplier warrants (`scope: goods`), which Art. 40's works minimums do not govern. */
export const isGoods = (f: FreeWarranty) => f.scope === 'goods';

/** "1 whole heating/cooling season", "0 whole heating/cooling seasons". */
export const wholeSeasons = (n: number) => `${n} whole heating/cooling season${n === 1 ? '' : 's'}`;
