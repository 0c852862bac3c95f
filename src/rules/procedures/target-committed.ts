/**
 * A procedure step timed by a service-level target ("dispatch by the on-site deadline")
 * promises nothing unless the bid commits to that target: the step would point at a
 * deadline that does not exist.
 */
import { defineRule } from '../define-rule.ts';

export default defineRule({
  meta: {
    id: 'procedures/target-committed',
    severity: 'error',
    title: 'A procedure step is timed by a service-level target the bid does not commit to',
    source: 'DOMAIN.md check 10: one value per commitment — a step refers to the commitment rather than restating it, so the commitment must exist',
    messages: {
      missing: 'Step {{step}} of the procedure "{{procedure}}" is due by the {{target}} deadline, but bid "{{bid}}" commits to no {{target}} target.',
    },
  },
  check(model, ctx) {
    for (const bid of model.bids) {
      const committed = new Set(bid.commitments.map((c) => c.target));
      for (const procedure of bid.procedures) {
        procedure.data.steps.forEach((step, i) => {
          if (!step.target) return;
          ctx.examined();
          if (committed.has(step.target)) return;
          ctx.report({
            messageId: 'missing',
            data: { step: i + 1, procedure: procedure.id, target: step.target, bid: bid.entry.id },
            location: procedure.locate(['steps', i, 'target']),
            related: [{ location: bid.entry.locate(['applies', 'serviceLevels']), message: 'the service levels this bid applies' }],
            hint: `State a ${step.target} commitment in the service levels the bid applies, or give the step its own \`within\` time.`,
          });
        });
      }
    }
  },
});
