/**
 * Service records (维修任务书, 回访报告, 保修卡 …) are the proof of what was repaired under
 * the warranty. Kept for less than the warranty runs, they are gone when a dispute about
 * a late defect needs them.
 */
import { defineRule } from '../define-rule.ts';
import { lastsAtLeast } from '../../model/dates.ts';
import { formatDuration } from '../../time/duration.ts';
import type { FreeWarrantyNode } from '../../model/model.ts';
import { refKey } from '../../diagnostics/diagnostic.ts';
import { zh } from '../../schema/localized.ts';
import { describeFree, warrantyContexts, yamlOf } from '../warranty/shared.ts';

export default defineRule({
  meta: {
    id: 'records/retention',
    severity: 'error',
    title: 'A record is kept for less time than the free warranty runs',
    source: 'DOMAIN.md check 15: each record type has an owner and retention; retention ≥ warranty period',
    messages: {
      short:
        'The record "{{record}}" ({{name}}) is kept for {{retention}}, less than the free warranty of {{warranty}}; records destroyed before the warranty ends cannot prove what was repaired under it.',
      shortMany:
        '{{count}} records of "{{entry}}" are kept for less time than the free warranty of {{warranty}}: {{records}}; records destroyed before the warranty ends cannot prove what was repaired under it.',
    },
  },
  check(model, ctx) {
    for (const entry of model.entries.records) {
      // A warranty applied by several bids appears in each; compare it once.
      const byPlace = new Map<string, FreeWarrantyNode>();
      for (const c of warrantyContexts(model, (b) => b.records, entry)) for (const f of c.free) byPlace.set(refKey(f.at), f);
      const free = [...byPlace.values()];

      // One cause, one diagnostic: the records kept too short for the same warranty are
      // reported together (a 10-year warranty against seven 5-year records is one problem).
      const byCause = new Map<string, { warranty: FreeWarrantyNode; records: number[] }>();
      entry.data.records.forEach((record, i) => {
        ctx.examined();
        const failing = free.filter((f) => lastsAtLeast(record.retention, f.data.period, model.serviceHours) === false);
        if (!failing.length) return;
        const longest = failing.reduce((a, b) => ((b.span?.max ?? 0) > (a.span?.max ?? 0) ? b : a));
        const key = refKey(longest.at);
        const group = byCause.get(key) ?? { warranty: longest, records: [] };
        group.records.push(i);
        byCause.set(key, group);
      });

      for (const { warranty, records } of byCause.values()) {
        const retentionAt = (i: number) => entry.locate(['records', i, 'retention']);
        const described = (i: number) => {
          const r = entry.data.records[i]!;
          return `"${r.id}" (${zh(r.name)}) ${formatDuration(r.retention)}`;
        };
        const first = entry.data.records[records[0]!]!;
        const cause = { location: warranty.at, message: `the free warranty: ${describeFree(model, warranty)}` };
        const others = records.slice(1).map((i) => ({ location: retentionAt(i), message: `also kept too short: ${described(i)}` }));
        const hint = `Keep ${records.length > 1 ? 'each' : 'it'} at least ${formatDuration(warranty.data.period)}: \`retention: ${yamlOf(warranty.data.period)}\`.`;
        if (records.length === 1) {
          ctx.report({
            messageId: 'short',
            data: { record: first.id, name: zh(first.name), retention: formatDuration(first.retention), warranty: describeFree(model, warranty) },
            location: retentionAt(records[0]!),
            related: [cause],
            hint,
          });
        } else {
          ctx.report({
            messageId: 'shortMany',
            data: { count: records.length, entry: entry.id, warranty: describeFree(model, warranty), records: records.map(described).join(', ') },
            location: retentionAt(records[0]!),
            related: [cause, ...others],
            hint,
          });
        }
      }
    }
  },
});
