/**
 * The steps of a repair happen in order: first contact, remote diagnosis, engineer on
 * site, cause found, service restored, fault fixed. A plan that lets a later step fall due
 * before an earlier one, under conditions that can hold together, cannot be kept. Times
 * counted from an earlier step (到场后48小时内修复) are compared by what they add up to from
 * the fault report, so a step counted from its predecessor is never "shorter" than it.
 */
import { defineRule } from '../define-rule.ts';
import { overlaps } from '../../model/conditions.ts';
import { compareWorst } from '../../time/duration.ts';
import type { ChainCase } from '../../model/model.ts';
import type { Target } from '../../schema/index.ts';
import { casesFromReport, chainGroups, describeCaseValue, describeCaseWhen, pairGuard, stepsRelated, targetLabel } from './worst-case.ts';

/** The targets that follow one another in time, in order. */
export const ORDERED_TARGETS: readonly Target[] = ['response', 'remote', 'onsite', 'diagnosis', 'restore', 'resolution'];

export default defineRule({
  meta: {
    id: 'sla/ordered-targets',
    severity: 'error',
    title: 'A later step of a repair is promised sooner than an earlier one',
    source: 'DOMAIN.md check 4: within one condition set, response ≤ remote ≤ onsite ≤ restore ≤ resolution, after unit normalisation (times counted from a step added up from the fault report)',
    messages: {
      outOfOrder:
        'The {{later}} target is promised within {{value}} {{when}}, shorter at worst than the {{earlier}} target that comes before it: {{other}} {{otherWhen}}. Where both hold, the later step of the repair falls due before the earlier one.',
    },
  },
  check(model, ctx) {
    const firstTime = pairGuard();
    for (const { list, chains } of chainGroups(model)) {
      // Only upper bounds order a repair; `atLeast` targets say something else.
      const timed = list.filter((c) => c.bound === 'max' && ORDERED_TARGETS.includes(c.target));
      const cases = new Map(timed.map((c) => [c, casesFromReport(c, chains)]));
      for (const later of timed) {
        ctx.examined();
        for (const earlier of timed) {
          if (ORDERED_TARGETS.indexOf(earlier.target) >= ORDERED_TARGETS.indexOf(later.target)) continue;
          // Of the pairs of cases, one of each, that can hold together and are out of order,
          // the one where the later step is longest: it falls due too early even at its worst.
          let found: [ChainCase, ChainCase] | undefined;
          for (const l of cases.get(later)!) {
            for (const e of cases.get(earlier)!) {
              if (!overlaps(e.when, l.when) || compareWorst(e.fromReport, l.fromReport) <= 0) continue;
              if (!found || l.fromReport.max > found[1].fromReport.max) found = [e, l];
            }
          }
          if (!found || !firstTime(earlier, later)) continue;
          const [e, l] = found;
          ctx.report({
            messageId: 'outOfOrder',
            data: {
              later: targetLabel(later.target),
              earlier: targetLabel(earlier.target),
              value: describeCaseValue(l),
              when: describeCaseWhen(l),
              other: describeCaseValue(e),
              otherWhen: describeCaseWhen(e),
            },
            location: later.valueAt,
            related: [
              { location: earlier.valueAt, message: `${earlier.target} promised within ${describeCaseValue(e)} ${describeCaseWhen(e)}` },
              ...stepsRelated(e),
              ...stepsRelated(l),
            ],
            hint: `Keep response ≤ remote ≤ onsite ≤ diagnosis ≤ restore ≤ resolution from the fault report wherever conditions overlap: lengthen this ${later.target} time or shorten the ${earlier.target} time, or narrow their \`when\` so they never hold together.`,
          });
        }
      }
    }
  },
});
