/**
 * A statutory task (SFG20 red: the law requires it, e.g. a fire-alarm test) is done
 * whatever the client asks. Marking it optional turns a legal duty into an extra the
 * client may decline, and puts the liability on whoever signed the plan.
 */
import { defineRule } from '../define-rule.ts';

export default defineRule({
  meta: {
    id: 'maintenance/statutory-not-optional',
    severity: 'error',
    title: 'A statutory maintenance task is marked optional',
    source: 'DOMAIN.md check 13: statutory tasks are never optional (SFG20 criticality: red = statutory)',
    messages: {
      optional:
        'The task "{{task}}" of the "{{schedule}}" schedule is statutory (法定) but marked optional; a task the law requires is done on every round, not only when the client asks.',
    },
  },
  check(model, ctx) {
    for (const schedule of model.entries.maintenance) {
      schedule.data.tasks.forEach((t, i) => {
        ctx.examined();
        if (t.criticality !== 'statutory' || t.optional !== true) return;
        ctx.report({
          messageId: 'optional',
          data: { task: t.id, schedule: schedule.id },
          location: schedule.locate(['tasks', i, 'optional']),
          related: [{ location: schedule.locate(['tasks', i, 'criticality']), message: 'criticality: statutory' }],
          hint: 'Remove `optional: true`; if the task is not a legal duty after all, give it the criticality `mandatory`, `optimal` or `discretionary`.',
        });
      });
    }
  },
});
