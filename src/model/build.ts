/**
 * Builds the model from loaded entries: registers every definition and reference,
 * computes the vocabulary sets, puts commitments in comparable form and assembles each
 * bid. Never fails: what does not resolve is left for the rules to report.
 */
import type { Entry } from '../content/load.ts';
import type { LoadedTemplate } from '../content/load-templates.ts';
import { COLLECTION_NAMES, type Commitment } from '../schema/index.ts';
import { resolveChains } from './chains.ts';
import { resolveConditions, covers } from './conditions.ts';
import { spanOf } from '../time/duration.ts';
import type { BidNode, CommitmentNode, Entries, FreeWarrantyNode, Model, Vocabulary } from './model.ts';
import { ReferenceTable, type RefKind } from './references.ts';
import { complement, weekSetOf, type WeekSet } from '../time/week.ts';
import { monthsOf } from '../time/months.ts';

export function buildModel(all: readonly Entry[], templates: readonly LoadedTemplate[] = []): Model {
  const entries = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, all.filter((e) => e.collection === c)])) as unknown as Entries;
  const refs = new ReferenceTable();
  const organisation = entries.organisation[0];

  // Entries are referenced by bids by their id.
  for (const e of all) {
    if (e.collection !== 'organisation' && e.collection !== 'law' && e.collection !== 'bids') {
      refs.define(e.collection as RefKind, e.id, e.locate([]));
    }
  }

  const vocabulary = buildVocabulary(entries, refs);
  const serviceHours = organisation?.data.serviceHours ? weekSetOf(organisation.data.serviceHours) : undefined;
  const conditionsOf = (c: Commitment, entry: Entry, path: (string | number)[]) => {
    useConditions(refs, entry, [...path, 'when'], c.when);
    return resolveConditions(c.when, vocabulary);
  };
  const commitmentNode = (c: Commitment, entry: Entry, path: (string | number)[], origin: string): CommitmentNode => {
    const duration = (c.within ?? c.atLeast)!;
    return {
      target: c.target,
      bound: c.within ? 'max' : 'min',
      duration,
      span: spanOf(duration, serviceHours),
      from: c.from ?? 'report',
      when: conditionsOf(c, entry, path),
      at: entry.locate(path),
      valueAt: entry.locate([...path, c.within ? 'within' : 'atLeast']),
      origin,
    };
  };

  const commitments: CommitmentNode[] = [];
  for (const e of entries['service-levels']) {
    e.data.commitments.forEach((c, i) => commitments.push(commitmentNode(c, e, ['commitments', i], e.id)));
    const hotline = e.data.hotline;
    if (typeof hotline === 'string') refs.use('channel', hotline, e.locate(['hotline']));
    else hotline?.forEach((id, i) => refs.use('channel', id, e.locate(['hotline', i])));
    e.data.emergency?.severity.forEach((s, i) => refs.use('severity', s, e.locate(['emergency', 'severity', i])));
  }

  registerUses(entries, refs);

  const byId = <C extends keyof Entries>(c: C, id: string) => (entries[c] as Entry[]).find((e) => e.id === id) as Entries[C][number] | undefined;
  const bids: BidNode[] = entries.bids.map((bid) => {
    const a = bid.data.applies;
    const use = <C extends keyof Entries & RefKind>(c: C, id: string, path: (string | number)[]) => {
      refs.use(c, id, bid.locate(['applies', ...path]));
      return byId(c, id);
    };
    const serviceLevels = a.serviceLevels.map((id, i) => use('service-levels', id, ['serviceLevels', i])).filter((e) => e !== undefined);
    const base = commitments.filter((c) => serviceLevels.some((s) => s.id === c.origin));
    const overrides = bid.data.overrides.commitments.map((c, i) => commitmentNode(c, bid, ['overrides', 'commitments', i], `bid:${bid.id}`));
    // A target the bid replaces loses its whole applied tier set; otherwise an override
    // replaces every base commitment of the same target and event that it fully covers,
    // and one that only partly overlaps stays, for the conflict rule to report the clash.
    const replaced = new Set(bid.data.overrides.replace);
    const kept = base.filter(
      (c) => !replaced.has(c.target) && !overrides.some((o) => o.target === c.target && o.from === c.from && covers(o.when, c.when)),
    );

    const warranty = use('warranty', a.warranty, ['warranty']);
    const free: FreeWarrantyNode[] = bid.data.overrides.freeWarranty.map((f, i) => ({
      data: f, span: spanOf(f.period), at: bid.locate(['overrides', 'freeWarranty', i]), origin: `bid:${bid.id}`,
    }));
    for (const [i, f] of (warranty?.data.free ?? []).entries()) {
      if (!free.some((o) => o.data.asset === f.asset)) free.push({ data: f, span: spanOf(f.period), at: warranty!.locate(['free', i]), origin: warranty!.id });
    }
    bid.data.project.systems.forEach((s, i) => refs.use('system', s, bid.locate(['project', 'systems', i])));
    bid.data.project.workCategories.forEach((s, i) => refs.use('law-category', s, bid.locate(['project', 'workCategories', i])));
    if (bid.data.project.zone) refs.use('zone', bid.data.project.zone, bid.locate(['project', 'zone']));
    bid.data.overrides.freeWarranty.forEach((f, i) => f.asset && refs.use('asset', f.asset, bid.locate(['overrides', 'freeWarranty', i, 'asset'])));
    bid.data.requirements.forEach((r, i) => {
      if (r.measure === 'sla') useConditions(refs, bid, ['requirements', i, 'when'], r.when);
      if (r.measure === 'warranty' && r.asset) refs.use('asset', r.asset, bid.locate(['requirements', i, 'asset']));
      if (r.measure === 'trainees' && r.role) refs.use('role', r.role, bid.locate(['requirements', i, 'role']));
    });
    const inForce = [...kept, ...overrides];
    return {
      entry: bid,
      commitments: inForce,
      chains: resolveChains(inForce),
      freeWarranty: free,
      serviceLevels,
      warranty,
      visits: use('visits', a.visits, ['visits']),
      complaints: use('complaints', a.complaints, ['complaints']),
      records: use('records', a.records, ['records']),
      team: use('team', a.team, ['team']),
      resources: use('resources', a.resources, ['resources']),
      courses: a.courses.map((id, i) => use('courses', id, ['courses', i])).filter((e) => e !== undefined),
      maintenance: a.maintenance.map((id, i) => use('maintenance', id, ['maintenance', i])).filter((e) => e !== undefined),
      procedures: a.procedures.map((id, i) => use('procedures', id, ['procedures', i])).filter((e) => e !== undefined),
      handover: a.handover === undefined ? undefined : use('handover', a.handover, ['handover']),
    };
  });

  const chains = entries['service-levels'].flatMap((e) => resolveChains(commitments.filter((c) => c.origin === e.id)));
  return { entries, organisation, vocabulary, serviceHours, commitments, chains, bids, templates: [...templates], refs };
}

function buildVocabulary(entries: Entries, refs: ReferenceTable): Vocabulary {
  const v: Vocabulary = { severities: new Map(), zones: new Map(), windows: new Map(), seasons: new Map(), assetCategories: new Map(), windowCycles: [] };
  for (const law of entries.law) {
    law.data.categories.forEach((c, i) => refs.define('law-category', c.id, law.locate(['categories', i, 'id']), { reportUnused: false }));
  }
  const org = entries.organisation[0];
  if (!org) return v;
  const d = org.data;
  const def = (kind: RefKind, list: readonly { id: string }[], key: string) =>
    list.forEach((item, i) => refs.define(kind, item.id, org.locate([key, i, 'id'])));
  def('severity', d.severities, 'severities');
  def('zone', d.zones, 'zones');
  def('window', d.windows, 'windows');
  def('season', d.seasons, 'seasons');
  def('asset', d.assetClasses, 'assetClasses');
  def('fault-type', d.faultTypes, 'faultTypes');
  def('system', d.systems, 'systems');
  def('role', d.roles, 'roles');
  def('channel', d.channels, 'channels');
  def('office', d.offices, 'offices');

  d.severities.forEach((s, i) => v.severities.set(s.id, { id: s.id, rank: s.rank, emergency: !!s.emergency, at: org.locate(['severities', i]) }));
  d.zones.forEach((z, i) => v.zones.set(z.id, { id: z.id, rank: z.rank, at: org.locate(['zones', i]) }));
  d.seasons.forEach((s) => v.seasons.set(s.id, monthsOf(s.months)));
  d.assetClasses.forEach((a, i) => {
    v.assetCategories.set(a.id, a.workCategory);
    if (a.workCategory) refs.use('law-category', a.workCategory, org.locate(['assetClasses', i, 'workCategory']));
  });
  // Windows may be complements of one another: resolve lazily. A loop (a window the
  // complement of itself, or two naming each other) means nothing; it is recorded for
  // references/cycles and its windows left out, so no rule compares with a made-up set.
  const resolving: string[] = [];
  const inCycle = new Set<string>();
  const windowOf = (id: string): WeekSet | undefined => {
    const cached = v.windows.get(id);
    if (cached) return cached;
    const w = d.windows.find((x) => x.id === id);
    if (!w || inCycle.has(id)) return undefined;
    const loopAt = resolving.indexOf(id);
    if (loopAt >= 0) {
      const ids = resolving.slice(loopAt);
      ids.forEach((x) => inCycle.add(x));
      v.windowCycles.push({ ids, at: ids.map((x) => org.locate(['windows', d.windows.findIndex((y) => y.id === x), 'complementOf'])) });
      return undefined;
    }
    resolving.push(id);
    const base = w.hours ? weekSetOf(w.hours) : windowOf(w.complementOf!);
    resolving.pop();
    if (inCycle.has(id)) return undefined;
    // A complement of an undefined window (references/resolve reports it) is every hour, as
    // before; one that leans on a loop holds nowhere, so it can conflict with nothing.
    const leansOnLoop = !base && !!w.complementOf && d.windows.some((x) => x.id === w.complementOf);
    const set = w.hours ? base! : leansOnLoop ? [] : complement(base ?? []);
    v.windows.set(id, set);
    return set;
  };
  d.windows.forEach((w, i) => {
    if (w.complementOf) refs.use('window', w.complementOf, org.locate(['windows', i, 'complementOf']));
    windowOf(w.id);
  });
  for (const id of inCycle) v.windows.set(id, []);
  d.offices.forEach((o, i) => o.zone && refs.use('zone', o.zone, org.locate(['offices', i, 'zone'])));
  d.channels.forEach((c, i) => c.office && refs.use('office', c.office, org.locate(['channels', i, 'office'])));
  d.serviceLines.forEach((l, i) => {
    refs.use('role', l.role, org.locate(['serviceLines', i, 'role']));
    l.channels.forEach((c, j) => refs.use('channel', c, org.locate(['serviceLines', i, 'channels', j])));
  });
  return v;
}

function useConditions(refs: ReferenceTable, entry: Entry, path: (string | number)[], when: Commitment['when']): void {
  if (!when) return;
  const many = (kind: RefKind, key: 'severity' | 'zone' | 'asset' | 'faultType') => {
    const v = when[key];
    if (v === undefined) return;
    if (Array.isArray(v)) v.forEach((id, i) => refs.use(kind, id, entry.locate([...path, key, i])));
    else refs.use(kind, v, entry.locate([...path, key]));
  };
  many('severity', 'severity');
  many('zone', 'zone');
  many('asset', 'asset');
  many('fault-type', 'faultType');
  if (when.window) refs.use('window', when.window, entry.locate([...path, 'window']));
  if (typeof when.season === 'string') refs.use('season', when.season, entry.locate([...path, 'season']));
}

/** References inside the policy entries (roles, channels, systems, kinds, levels, modules). */
function registerUses(entries: Entries, refs: ReferenceTable): void {
  for (const e of entries.warranty) {
    e.data.free.forEach((f, i) => f.asset && refs.use('asset', f.asset, e.locate(['free', i, 'asset'])));
    e.data.statutory.forEach((s, i) => refs.use('law-category', s.category, e.locate(['statutory', i, 'category'])));
  }
  for (const e of entries.visits) {
    e.data.kinds.forEach((k, i) => {
      refs.define('visit-kind', k.id, e.locate(['kinds', i, 'id']), { scope: e.id });
      refs.use('role', k.by, e.locate(['kinds', i, 'by']));
    });
    e.data.schedule.forEach((s, i) => refs.use('visit-kind', s.kind, e.locate(['schedule', i, 'kind']), e.id));
    e.data.meetings.forEach((m, i) => refs.use('role', m.by, e.locate(['meetings', i, 'by'])));
  }
  for (const e of entries.complaints) {
    refs.use('role', e.data.receiver, e.locate(['receiver']));
    e.data.channels.forEach((c, i) => refs.use('channel', c, e.locate(['channels', i])));
    e.data.steps.forEach((s, i) => refs.use('role', s.by, e.locate(['steps', i, 'by'])));
  }
  for (const e of entries.records) {
    e.data.records.forEach((r, i) => {
      refs.define('record', r.id, e.locate(['records', i, 'id']), { reportUnused: false });
      refs.use('role', r.owner, e.locate(['records', i, 'owner']));
    });
  }
  for (const e of entries.procedures) {
    e.data.steps.forEach((s, i) => {
      refs.use('role', s.by, e.locate(['steps', i, 'by']));
      if (s.record) refs.use('record', s.record, e.locate(['steps', i, 'record']));
    });
  }
  for (const e of entries.handover) {
    e.data.manufacturers.forEach((m, i) => m.systems.forEach((s, j) => refs.use('system', s, e.locate(['manufacturers', i, 'systems', j]))));
  }
  for (const e of entries.team) {
    e.data.members.forEach((m, i) => refs.use('role', m.role, e.locate(['members', i, 'role'])));
    e.data.rota.forEach((r, i) => refs.use('role', r.role, e.locate(['rota', i, 'role'])));
  }
  for (const e of entries.resources) e.data.spares.forEach((s, i) => refs.use('system', s.system, e.locate(['spares', i, 'system'])));
  for (const e of entries.courses) {
    e.data.audience.forEach((a, i) => refs.use('role', a.role, e.locate(['audience', i, 'role'])));
    refs.use('role', e.data.trainer, e.locate(['trainer']));
    e.data.modules.forEach((m, i) => {
      refs.define('module', m.id, e.locate(['modules', i, 'id']), { scope: e.id, reportUnused: false });
      m.after.forEach((a, j) => refs.use('module', a, e.locate(['modules', i, 'after', j]), e.id));
    });
  }
  for (const e of entries.maintenance) {
    refs.use('system', e.data.system, e.locate(['system']));
    e.data.levels.forEach((l, i) => {
      refs.define('maintenance-level', l.id, e.locate(['levels', i, 'id']), { scope: e.id });
      l.includes.forEach((inc, j) => refs.use('maintenance-level', inc, e.locate(['levels', i, 'includes', j]), e.id));
    });
    e.data.tasks.forEach((t, i) => {
      refs.use('maintenance-level', t.level, e.locate(['tasks', i, 'level']), e.id);
      refs.use('role', t.role, e.locate(['tasks', i, 'role']));
    });
  }
}
