/**
 * The response matrix: every time the bid commits to, one row per service item and
 * situation (zone, hours, season, asset class, fault type), one column per severity level of
 * the organisation's own vocabulary. Built from the bid's commitments by code, so a bid with
 * other severities, zones or windows gets its own matrix, and no time is ever typed twice.
 */
import type { CommitmentNode } from '../../model/model.ts';
import { TARGETS } from '../../schema/service-level.ts';
import type { Cell, Inline } from '../nodes.ts';
import { durationRun, nameOf, otherConditionWords, pick, say, targetWords, zoneWords } from '../words.ts';
import type { BuildContext } from './context.ts';

export interface Matrix {
  widths: number[];
  header: Cell[][];
  rows: Cell[][];
}

const text = (t: string): Cell => ({ runs: [{ kind: 'text', text: t }] });

/**
 * `zones: false` leaves the area column out, for a reader at one site (the client's manual,
 * given only the commitments that hold there): rows then differ by the other conditions only.
 */
export function responseMatrix(cx: BuildContext, commitments: readonly CommitmentNode[] = cx.bid.commitments, zones = true): Matrix {
  const { locale, names } = cx;
  const severities = [...cx.organisation.severities].sort((a, b) => a.rank - b.rank);
  // Each row: a service item in one area (a zone id; none for "all areas") under other conditions.
  const rows = new Map<string, { target: CommitmentNode; zone: string | undefined; cells: Map<string, Inline[]> }>();
  const ordered = [...commitments].sort((a, b) => TARGETS.indexOf(a.target) - TARGETS.indexOf(b.target));
  for (const c of ordered) {
    // A commitment for several zones fills the row of each ("市区、郊县 24小时" is 市区 24小时 and
    // 郊县 24小时), so every row names one area and a reader finds their site's times on one line.
    const areas = zones && c.when.zone ? [...c.when.zone] : [undefined];
    for (const zone of areas) {
      const key = [c.target, c.from, zone ?? '', otherConditionWords(c.when, names, locale), c.bound].join('|');
      let row = rows.get(key);
      if (!row) {
        row = { target: c, zone, cells: new Map() };
        rows.set(key, row);
      }
      for (const s of severities) {
        if (c.when.severity && !c.when.severity.has(s.id)) continue;
        const runs = row.cells.get(s.id) ?? [];
        if (runs.length) runs.push({ kind: 'text', text: ' / ' });
        if (c.bound === 'min') runs.push({ kind: 'text', text: pick(locale, { zh: '不少于', en: 'at least ' }) });
        runs.push(durationRun(c.duration, locale));
        row.cells.set(s.id, runs);
      }
    }
  }
  const header: Cell[][] = [
    [
      text(pick(locale, { zh: '服务项目', en: 'Service' })),
      ...(zones ? [text(pick(locale, { zh: '区域', en: 'Area' }))] : []),
      text(pick(locale, { zh: '时段及其他条件', en: 'Hours and other conditions' })),
      ...severities.map((s) => text(say(s.name, locale))),
    ],
  ];
  const body: Cell[][] = [];
  // Rows of one service item are grouped under one merged first cell, each item's rows in the
  // organisation's order of areas (nearest first), then as the commitments come.
  const zoneRank = new Map(cx.organisation.zones.map((z, i) => [z.id, i]));
  const rank = (zone: string | undefined) => (zone === undefined ? -1 : (zoneRank.get(zone) ?? cx.organisation.zones.length));
  const items = [...new Set([...rows.values()].map((r) => `${r.target.target}|${r.target.from}`))];
  const list = [...rows.values()]
    .map((r, i) => ({ r, i }))
    .sort((a, b) => items.indexOf(`${a.r.target.target}|${a.r.target.from}`) - items.indexOf(`${b.r.target.target}|${b.r.target.from}`) || rank(a.r.zone) - rank(b.r.zone) || a.i - b.i)
    .map(({ r }) => r);
  for (let i = 0; i < list.length; i++) {
    const row = list[i]!;
    const c = row.target;
    const first = i === 0 || list[i - 1]!.target.target !== c.target || list[i - 1]!.target.from !== c.from;
    let span = 1;
    while (first && i + span < list.length && list[i + span]!.target.target === c.target && list[i + span]!.target.from === c.from) span++;
    const cells: Cell[] = [];
    if (first) cells.push({ ...text(targetWords(c.target, c.from, locale)), ...(span > 1 ? { rowSpan: span } : {}) });
    if (zones) cells.push(text(row.zone === undefined ? zoneWords(c.when, names, locale) : nameOf(names, 'zone', row.zone, locale)));
    cells.push(text(otherConditionWords(c.when, names, locale)));
    for (const s of severities) cells.push({ runs: row.cells.get(s.id) ?? [{ kind: 'text', text: '—' }], align: 'center' });
    body.push(cells);
  }
  return { widths: [3, ...(zones ? [4] : []), 4, ...severities.map(() => 2.5)], header, rows: body };
}
