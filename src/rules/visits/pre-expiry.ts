/**
 * The visit shortly before the free warranty expires (保修期满前回访) is the client's last
 * chance to have defects put right for free. It must exist, and be dated back from the
 * warranty's end (`before`), so that it moves with the warranty a bid offers and never
 * falls outside it.
 */
import { defineRule } from '../define-rule.ts';
import { addDuration, compareDates } from '../../model/dates.ts';
import { formatDuration } from '../../time/duration.ts';
import { describeFree } from '../warranty/shared.ts';
import { contextOf, visitTimelines } from './timeline.ts';

export default defineRule({
  meta: {
    id: 'visits/pre-expiry',
    severity: 'error',
    title: 'No return visit is scheduled before the warranty expires',
    source: 'DOMAIN.md check 14: a visit before warranty expiry exists',
    messages: {
      noKind:
        'No visit kind in the plan "{{plan}}" is marked `preExpiry`, so it has no visit before the warranty expires (保修期满前回访), the client’s last chance to have defects repaired free.',
      unscheduled: 'The pre-expiry visit kind "{{kind}}" is never scheduled, so the plan has no visit before the warranty expires.',
      afterOnly:
        'The pre-expiry visit kind "{{kind}}" is dated only from acceptance (`after`), not back from the end of the warranty; a bid offering a different warranty would hold it at the wrong time.',
      outside:
        'The pre-expiry visit is dated {{before}} before the warranty ends, but the longest free warranty ({{context}}) is {{period}}; the visit would fall on or before completion acceptance.',
    },
  },
  check(model, ctx) {
    for (const plan of model.entries.visits) {
      ctx.examined();
      const { kinds, schedule } = plan.data;
      const flagged = kinds.flatMap((k, i) => (k.preExpiry ? [{ kind: k, i }] : []));
      if (!flagged.length) {
        ctx.report({
          messageId: 'noKind',
          data: { plan: plan.id },
          location: plan.locate(['kinds'], true),
          hint: 'Add a kind with `preExpiry: true` (e.g. 保修期满前回访) and schedule it with `before: { amount: 1, unit: month }`.',
        });
        continue;
      }
      const isFlagged = (kind: string) => flagged.some((f) => f.kind.id === kind);
      const planned = schedule.flatMap((s, i) => (isFlagged(s.kind) ? [{ s, i }] : []));
      const before = planned.filter((p) => p.s.before);
      if (!before.length) {
        const first = planned[0];
        ctx.report({
          messageId: first ? 'afterOnly' : 'unscheduled',
          data: { kind: first?.s.kind ?? flagged[0]!.kind.id },
          location: first ? plan.locate(['schedule', first.i, 'after']) : plan.locate(['kinds', flagged[0]!.i, 'id']),
          hint: 'Schedule it with `before:` the warranty ends, e.g. `{ kind: pre-expiry, before: { amount: 1, unit: month } }`.',
        });
        continue;
      }
      for (const t of visitTimelines(model, plan)) {
        ctx.examined();
        if (!t.warranty) continue;
        const end = t.warranty.end;
        const inside = before.filter((p) => {
          const date = addDuration(end, p.s.before!, -1);
          return !date || compareDates(date, t.start) > 0;
        });
        if (inside.length) continue;
        const p = before[0]!;
        ctx.report({
          messageId: 'outside',
          data: { before: formatDuration(p.s.before!), context: contextOf(t), period: formatDuration(t.warranty.node.data.period) },
          location: plan.locate(['schedule', p.i, 'before']),
          related: [{ location: t.warranty.node.at, message: `the longest free warranty: ${describeFree(model, t.warranty.node)}` }],
          hint: `Date it well inside the warranty, e.g. \`before: { amount: 1, unit: month }\`.`,
        });
      }
    }
  },
});
