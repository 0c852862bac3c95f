/**
 * Translates what prose says about conditions (紧急, 市区, 工作时间, 5月至9月, 线缆 …) into
 * the organisation's own condition sets. The organisation's names are read with the same
 * lexicon as the prose, so "I级（紧急）" is known to be the severity prose calls 紧急 —
 * no second list of words to keep in step. What cannot be mapped stays open ("any").
 */
import type { Model } from '../model/model.ts';
import { ALWAYS, complement, intersect, minutesIn, union, weekSetOf, type WeekSet } from '../time/week.ts';
import { ALL_MONTHS, monthsOf } from '../time/months.ts';
import type { ResolvedConditions } from '../model/conditions.ts';
import type { LocalizedText } from '../schema/primitives.ts';
import { isStatutory, scanQualifiers, type Qualifiers } from '../text/qualifiers.ts';
import { normalise } from '../text/structure.ts';
import { orgId } from '../text/vocabulary.ts';

export interface Bridge {
  /** The condition sets a finding's qualifiers denote (open where nothing maps). */
  conditions(q: Qualifiers): ResolvedConditions;
  /** The statutory work categories (law ids) the qualifiers name. */
  categories(q: Qualifiers): string[];
}

type Dim = 'severity' | 'zone' | 'window' | 'season' | 'asset' | 'faultType';

/** The qualifier values a vocabulary item's names carry, per dimension. */
function namesSay(name: LocalizedText): Map<Dim, string[]> {
  const texts = typeof name === 'string' ? [name] : [name.zh, name.en ?? ''];
  const out = new Map<Dim, string[]>();
  for (const occurrence of scanQualifiers(normalise(texts.join('\n')))) {
    if (occurrence.dim === 'case' || !occurrence.value) continue;
    const dim = occurrence.dim as Dim;
    out.set(dim, [...(out.get(dim) ?? []), occurrence.value]);
  }
  return out;
}

/**
 * value → ids of items whose names say it. The name decides; the description is read
 * only when the name says nothing (a description's examples mention other tiers' words).
 */
function index<T extends { id: string; name: LocalizedText }>(
  items: readonly T[],
  dim: Dim,
  describe?: (t: T) => LocalizedText | undefined,
  /** The tier its rank suggests: decides between two words in one name ("II级（严重故障）"). */
  tierOf?: (t: T) => string | undefined,
) {
  const map = new Map<string, Set<string>>();
  for (const item of items) {
    const fromName = namesSay(item.name).get(dim);
    const description = describe?.(item);
    let values = fromName ?? (description ? namesSay(description).get(dim) : undefined) ?? [];
    const tier = tierOf?.(item);
    if (new Set(values).size > 1 && tier && values.includes(tier)) values = [tier];
    for (const value of values) {
      if (!map.has(value)) map.set(value, new Set());
      map.get(value)!.add(item.id);
    }
  }
  return map;
}

/** When no name says it: the nth rank stands for the nth tier of the lexicon. */
function byRank(items: readonly { id: string; rank: number }[], tiers: readonly string[]) {
  const ranks = [...new Set(items.map((i) => i.rank))].sort((a, b) => a - b);
  const map = new Map<string, Set<string>>();
  tiers.forEach((tier, i) => {
    const rank = i === tiers.length - 1 ? undefined : ranks[i];
    const ids = items.filter((it) => (rank === undefined ? it.rank >= (ranks[i] ?? Infinity) : it.rank === rank)).map((it) => it.id);
    if (ids.length) map.set(tier, new Set(ids));
  });
  return map;
}

/**
 * Which windows are "working hours" and which "other times": decided by their hours
 * against the service hours where those are defined (a name such as "工作日夜间及双休日"
 * holds words of both), else by the window's name.
 */
function windowTiers(model: Model): Map<string, Set<string>> {
  const org = model.organisation!.data;
  if (!model.serviceHours) return index(org.windows, 'window');
  const service = model.serviceHours;
  const map = new Map<string, Set<string>>([['working-hours', new Set()], ['off-hours', new Set()]]);
  for (const w of org.windows) {
    const set = model.vocabulary.windows.get(w.id) ?? [];
    const inside = intersect(set, service);
    if (minutesIn(inside) === minutesIn(set) && minutesIn(set) > 0) map.get('working-hours')!.add(w.id);
    else if (minutesIn(inside) === 0) map.get('off-hours')!.add(w.id);
  }
  return map;
}

export function buildBridge(model: Model): Bridge {
  const org = model.organisation?.data;
  const fallbackSeverities = org ? byRank(org.severities, ['critical', 'major', 'minor', 'low']) : new Map();
  const fallbackZones = org ? byRank(org.zones, ['city', 'county', 'province', 'out-of-province']) : new Map();
  const tierIn = (tiers: Map<string, Set<string>>) => (item: { id: string }) => [...tiers].find(([, ids]) => ids.has(item.id))?.[0];
  const severities = org ? index(org.severities, 'severity', (s) => s.description, tierIn(fallbackSeverities)) : new Map();
  const zones = org ? index(org.zones, 'zone', (z) => z.description, tierIn(fallbackZones)) : new Map();
  const windows = org ? windowTiers(model) : new Map<string, Set<string>>();
  const seasons = org ? index(org.seasons, 'season') : new Map();
  const assets = org ? index(org.assetClasses, 'asset') : new Map();
  // Each fault type with the words its name says ("线路故障（无备用路由）" → line, line-no-backup).
  const faultWords = (org?.faultTypes ?? []).map((f) => ({ id: f.id, says: new Set(namesSay(f.name).get('faultType') ?? []) })).filter((f) => f.says.size);
  const categories = index(model.entries.law.flatMap((l) => l.data.categories), 'asset');

  // A name the text writes whole (org:<id>, text/vocabulary.ts) is that item; a tier maps by names, else by rank.
  const pick = (named: Map<string, Set<string>>, fallback: Map<string, Set<string>>, value?: string) =>
    value === undefined ? undefined : orgId(value) !== undefined ? new Set([orgId(value)!]) : (named.get(value) ?? fallback.get(value));

  const windowOf = (q: Qualifiers): WeekSet => {
    if (q.hours) {
      const days = q.hours.days;
      return weekSetOf([{ days, from: q.hours.from ?? '00:00', to: q.hours.to ?? '24:00' }]);
    }
    if (!q.window) return ALWAYS;
    const own = orgId(q.window);
    if (own !== undefined) return model.vocabulary.windows.get(own) ?? ALWAYS;
    const ids = windows.get(q.window);
    if (ids?.size) return union(...[...ids].map((id) => model.vocabulary.windows.get(id) ?? ALWAYS));
    // Working hours are the service hours when no window is named so.
    if (model.serviceHours) return q.window === 'working-hours' ? model.serviceHours : complement(model.serviceHours);
    return ALWAYS;
  };

  const monthsOfSeason = (q: Qualifiers): number => {
    if (!q.season) return ALL_MONTHS;
    const own = orgId(q.season.name);
    if (own !== undefined) return model.vocabulary.seasons.get(own) ?? ALL_MONTHS;
    if (q.season.from !== undefined && q.season.to !== undefined) return monthsOf({ from: q.season.from, to: q.season.to });
    const ids = q.season.name ? seasons.get(q.season.name) : undefined;
    return ids ? [...ids].reduce((bits, id) => bits | (model.vocabulary.seasons.get(id) ?? 0), 0) || ALL_MONTHS : ALL_MONTHS;
  };

  /**
   * The fault types a text names: those all of whose name's words it says (线路故障（有备用路由）
   * is line-backup, not line-no-backup, though both are 线路故障); failing that, those
   * sharing a word with it; open when none does.
   */
  const faultTypesOf = (said: readonly string[] | undefined): Set<string> | undefined => {
    if (!said?.length) return undefined;
    const own = said.map(orgId).filter((id) => id !== undefined);
    if (own.length === said.length) return new Set(own);
    const words = new Set(said.flatMap((w) => (w.startsWith('line-') ? [w, 'line'] : [w])));
    const whole = faultWords.filter((f) => [...f.says].every((w) => words.has(w)));
    const some = whole.length ? whole : faultWords.filter((f) => [...f.says].some((w) => words.has(w)));
    return some.length || own.length ? new Set([...some.map((f) => f.id), ...own]) : undefined;
  };

  return {
    conditions(q) {
      const assetIds = (q.asset ?? []).flatMap((a) => (orgId(a) !== undefined ? [orgId(a)!] : [...(assets.get(a) ?? [])]));
      const faultType = faultTypesOf(q.faultType);
      return {
        severity: pick(severities, fallbackSeverities, q.severity),
        zone: pick(zones, fallbackZones, q.zone),
        asset: assetIds.length ? new Set(assetIds) : undefined,
        ...(faultType ? { faultType } : {}),
        window: windowOf(q),
        months: monthsOfSeason(q),
        raw: {},
      };
    },
    categories(q) {
      // Only the law's own categories (屋面防水, 电气管线 …): "管路" in a sentence about
      // cables is not the plumbing category.
      return [...new Set((q.asset ?? []).filter(isStatutory).flatMap((a) => [...(categories.get(a) ?? [])]))];
    },
  };
}
