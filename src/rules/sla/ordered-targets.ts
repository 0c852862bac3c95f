/**
 * The steps of a repair happen in order: first contact, remote diagnosis, engineer on
 * site, service restored, fault fixed. A plan that promises a later step sooner than an
 * earlier one, under conditions that can hold together, cannot be kept.
 */
import { defineRule } from '../define-rule.ts';
import { overlaps } from '../../model/conditions.ts';
import { compareWorst } from '../../time/duration.ts';
import type { Target } from '../../schema/index.ts';
import { commitmentGroups, describeValue, describeWhen, pairGuard, targetLabel } from './worst-case.ts';

/** The targets that follow one another in time, in order. */
export const ORDERED_TARGETS: readonly Target[] = ['response', 'remote', 'onsite', 'restore', 'resolution'];

export default defineRule({
  meta: {
    id: 'sla/ordered-targets',
    severity: 'error',
    title: 'A later step of a repair is promised sooner than an earlier one',
    source: 'DOMAIN.md check 4: within one condition set, response ≤ remote ≤ onsite ≤ restore ≤ resolution, after unit normalisation',
    messages: {
      outOfOrder:
        'The {{later}} target is promised within {{value}} {{when}}, shorter at worst than the {{earlier}} target that comes before it: {{other}} {{otherWhen}}. Where both hold, the later step of the repair falls due before the earlier one.',
    },
  },
  check(model, ctx) {
    const firstTime = pairGuard();
    for (const list of commitmentGroups(model)) {
      // Only upper bounds order a repair; `atLeast` targets say something else.
      const timed = list.filter((c) => c.bound === 'max' && ORDERED_TARGETS.includes(c.target));
      for (const later of timed) {
        ctx.examined();
        for (const earlier of timed) {
          if (ORDERED_TARGETS.indexOf(earlier.target) >= ORDERED_TARGETS.indexOf(later.target)) continue;
          // A span is missing only for a business clock without service hours, which
          // coverage/business-hours reports.
          if (!earlier.span || !later.span || !overlaps(earlier.when, later.when)) continue;
          if (compareWorst(earlier.span, later.span) <= 0) continue;
          if (!firstTime(earlier, later)) continue;
          ctx.report({
            messageId: 'outOfOrder',
            data: {
              later: targetLabel(later.target),
              earlier: targetLabel(earlier.target),
              value: describeValue(later),
              when: describeWhen(later),
              other: describeValue(earlier),
              otherWhen: describeWhen(earlier),
            },
            location: later.valueAt,
            related: [{ location: earlier.valueAt, message: `${earlier.target} promised within ${describeValue(earlier)} ${describeWhen(earlier)}` }],
            hint: `Keep response ≤ remote ≤ onsite ≤ restore ≤ resolution wherever conditions overlap: lengthen this ${later.target} time or shorten the ${earlier.target} time, or narrow their \`when\` so they never hold together.`,
          });
        }
      }
    }
  },
});
