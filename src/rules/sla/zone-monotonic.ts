/**
 * Zone tiers are monotonic: a site in a nearer zone (市内 before 郊县 before 县级) never
 * waits longer for the same step than one farther away under otherwise overlapping conditions.
 */
import { defineRule } from '../define-rule.ts';
import { describeConditions } from '../../model/conditions.ts';
import { describeValue, targetLabel } from './worst-case.ts';
import { describeTiers, findTierInversions } from './tiers.ts';

export default defineRule({
  meta: {
    id: 'sla/zone-monotonic',
    severity: 'error',
    title: 'A nearer zone is promised a slower service than a farther one',
    source: 'DOMAIN.md check 6: zone tiers are monotonic (a nearer zone is never slower)',
    messages: {
      inverted:
        'The {{target}} target in the nearer zone {{near}} is promised within {{value}} ({{when}}), slower than the {{other}} promised for the farther zone {{far}} ({{otherWhen}}); a nearer site must never wait longer.',
    },
  },
  check(model, ctx) {
    const ranks = model.vocabulary.zones;
    findTierInversions(model, 'zone', () => ctx.examined(), (near, far) =>
      ctx.report({
        messageId: 'inverted',
        data: {
          target: targetLabel(near.target),
          near: describeTiers(near.when.zone!, ranks),
          far: describeTiers(far.when.zone!, ranks),
          value: describeValue(near),
          when: describeConditions(near.when),
          other: describeValue(far),
          otherWhen: describeConditions(far.when),
        },
        location: near.valueAt,
        related: [{ location: far.valueAt, message: `${near.target} for the farther zone promised within ${describeValue(far)} (${describeConditions(far.when)})` }],
        hint: 'Shorten the time for the nearer zone or lengthen it for the farther one, so that the limits grow with distance (e.g. 市内 2 h, 郊县 6 h, 县级 2 days); check that the zone ranks (1 = nearest) are right.',
      }),
    );
  },
});
