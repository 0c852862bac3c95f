/**
 * Zone tiers are monotonic: a site in a nearer zone (市内 before 郊县 before 县级) never
 * waits longer for the same step than one farther away under otherwise overlapping conditions.
 */
import { defineRule } from '../define-rule.ts';
import { targetLabel } from './worst-case.ts';
import { describeTiers, findTierInversions } from './tiers.ts';

export default defineRule({
  meta: {
    id: 'sla/zone-monotonic',
    severity: 'error',
    title: 'A nearer zone is promised a slower service than a farther one',
    source: 'DOMAIN.md check 6: zone tiers are monotonic (a nearer zone is never slower)',
    messages: {
      inverted:
        'The {{target}} target is promised within {{value}} {{when}}, slower at worst than {{other}} {{otherWhen}}, although {{near}} is nearer than {{far}}; a site in a nearer zone (区域) must never wait longer.',
    },
  },
  check(model, ctx) {
    const ranks = model.vocabulary.zones;
    findTierInversions(model, 'zone', () => ctx.examined(), (inv) =>
      ctx.report({
        messageId: 'inverted',
        data: {
          target: targetLabel(inv.higher.target),
          near: describeTiers(inv.higher.when.zone!, ranks),
          far: describeTiers(inv.lower.when.zone!, ranks),
          value: inv.value,
          when: inv.when,
          other: inv.other,
          otherWhen: inv.otherWhen,
        },
        location: inv.higher.valueAt,
        related: inv.related,
        hint: 'Shorten the time for the nearer zone or lengthen it for the farther one, so that the limits grow with distance (e.g. 市内 2 h, 郊县 6 h, 县级 2 days); check that the zone ranks (1 = nearest) are right.',
      }),
    );
  },
});
