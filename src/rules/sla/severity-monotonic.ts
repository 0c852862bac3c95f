/**
 * Severity tiers are monotonic: a more severe fault (higher 故障级别) never waits longer
 * for the same step than a less severe one under otherwise overlapping conditions.
 */
import { defineRule } from '../define-rule.ts';
import { targetLabel } from './worst-case.ts';
import { describeTiers, findTierInversions } from './tiers.ts';

export default defineRule({
  meta: {
    id: 'sla/severity-monotonic',
    severity: 'error',
    title: 'A more severe fault is promised a slower service than a less severe one',
    source: 'DOMAIN.md check 5: severity tiers are monotonic (ITIL priority: P1 is never slower than P2)',
    messages: {
      inverted:
        'The {{target}} target is promised within {{value}} {{when}}, slower at worst than {{other}} {{otherWhen}}, although {{severe}} is more severe than {{mild}}; a more severe fault (故障级别) must never wait longer.',
    },
  },
  check(model, ctx) {
    const ranks = model.vocabulary.severities;
    findTierInversions(model, 'severity', () => ctx.examined(), (inv) =>
      ctx.report({
        messageId: 'inverted',
        data: {
          target: targetLabel(inv.higher.target),
          severe: describeTiers(inv.higher.when.severity!, ranks),
          mild: describeTiers(inv.lower.when.severity!, ranks),
          value: inv.value,
          when: inv.when,
          other: inv.other,
          otherWhen: inv.otherWhen,
        },
        location: inv.higher.valueAt,
        related: inv.related,
        hint: 'Shorten the time for the more severe level or lengthen it for the less severe one, so that the limits grow as severity falls (e.g. P1 4 h, P2 8 h, P3 24 h).',
      }),
    );
  },
});
