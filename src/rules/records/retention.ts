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
    },
  },
  check(model, ctx) {
    for (const entry of model.entries.records) {
      // A warranty applied by several bids appears in each; compare it once.
      const byPlace = new Map<string, FreeWarrantyNode>();
      for (const c of warrantyContexts(model, (b) => b.records, entry)) for (const f of c.free) byPlace.set(refKey(f.at), f);
      const free = [...byPlace.values()];

      entry.data.records.forEach((record, i) => {
        ctx.examined();
        const failing = free.filter((f) => lastsAtLeast(record.retention, f.data.period, model.serviceHours) === false);
        if (!failing.length) return;
        const longest = failing.reduce((a, b) => ((b.span?.max ?? 0) > (a.span?.max ?? 0) ? b : a));
        ctx.report({
          messageId: 'short',
          data: { record: record.id, name: zh(record.name), retention: formatDuration(record.retention), warranty: describeFree(model, longest) },
          location: entry.locate(['records', i, 'retention']),
          related: [{ location: longest.at, message: `the free warranty: ${describeFree(model, longest)}` }],
          hint: `Keep it at least ${formatDuration(longest.data.period)}: \`retention: ${yamlOf(longest.data.period)}\`.`,
        });
      });
    }
  },
});
