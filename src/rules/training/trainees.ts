/**
 * Who a course is for and who teaches it. The stated fewest trainees (培训人数) must be
 * the sum over the audience, the audience must be the client's people, and the trainer
 * one of ours: a plan that "trains" our own engineers, or has the client teach, is a
 * role picked from the wrong list.
 */
import { defineRule } from '../define-rule.ts';
import { sideChecker } from '../shared/roles.ts';

export default defineRule({
  meta: {
    id: 'training/trainees',
    severity: 'error',
    title: "A course's trainee total or its roles do not fit its audience",
    source: 'DOMAIN.md check 12: trainees per role ≥ stated minimum (培训对象, 人数)',
    messages: {
      total:
        'The course "{{course}}" states at least {{stated}} trainees, but the minimums of its audience add up to {{sum}}; the plan promises two different numbers of trainees.',
      audienceStaff:
        'The course "{{course}}" lists {{role}} as its audience, but that is one of our staff roles; a course trains the client\'s people (培训对象), so its audience roles must have `side: client`.',
      trainerClient:
        'The course "{{course}}" is taught by {{role}}, a client role; the trainer (讲师) is one of our staff.',
    },
  },
  check(model, ctx) {
    const wrongSide = sideChecker(model);
    for (const course of model.entries.courses) {
      const d = course.data;
      ctx.examined();
      const sum = d.audience.reduce((s, a) => s + a.min, 0);
      if (sum !== d.minTrainees) {
        ctx.report({
          messageId: 'total',
          data: { course: course.id, stated: d.minTrainees, sum },
          location: course.locate(['minTrainees']),
          related: d.audience.map((a, i) => ({ location: course.locate(['audience', i, 'min']), message: `${a.role}: at least ${a.min}` })),
          hint: `Make \`minTrainees\` ${sum}, or correct the audience minimums if ${d.minTrainees} is the promise.`,
        });
      }

      d.audience.forEach((a, i) => {
        const wrong = wrongSide(a.role, 'client');
        if (!wrong) return;
        ctx.report({
          messageId: 'audienceStaff',
          data: { course: course.id, role: wrong.described },
          location: course.locate(['audience', i, 'role']),
          related: [wrong.related],
          hint: 'Name the client role to be trained (e.g. the system administrator or the operators), defined in the organisation with `side: client`.',
        });
      });

      const trainer = wrongSide(d.trainer, 'staff');
      if (trainer) {
        ctx.report({
          messageId: 'trainerClient',
          data: { course: course.id, role: trainer.described },
          location: course.locate(['trainer']),
          related: [trainer.related],
          hint: 'Name the staff role that teaches, e.g. the engineer who installed the system.',
        });
      }
    }
  },
});
