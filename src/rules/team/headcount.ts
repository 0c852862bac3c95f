/**
 * The team section states a headcount ("共10名") and lists members by role; the two must
 * agree, and everyone on the team or the duty rota must be one of ours. Tenders score
 * the 服务人员 section on the headcount, so an unsupported number is an overstatement.
 */
import { defineRule } from '../define-rule.ts';
import { sideChecker } from '../shared/roles.ts';

export default defineRule({
  meta: {
    id: 'team/headcount',
    severity: 'error',
    title: "The team's headcount differs from its members, or a member role is the client's",
    source: 'DOMAIN.md bid conventions: 服务人员 is a scored section; check 7: the duty rota is staffed by our people',
    messages: {
      headcount:
        'The team "{{team}}" states a headcount of {{stated}}, but its members add up to {{sum}}; the plan gives two different sizes for the same team.',
      memberClient:
        'The team "{{team}}" counts {{role}} among its members, but that is a client role; the after-sales team is made of our own staff.',
      rotaClient:
        'The duty rota of the team "{{team}}" puts {{role}} on duty, but that is a client role; a duty hour only counts when one of our staff covers it.',
    },
  },
  check(model, ctx) {
    const wrongSide = sideChecker(model);
    for (const team of model.entries.team) {
      const d = team.data;
      ctx.examined();
      const sum = d.members.reduce((s, m) => s + m.count, 0);
      if (sum !== d.headcount) {
        ctx.report({
          messageId: 'headcount',
          data: { team: team.id, stated: d.headcount, sum },
          location: team.locate(['headcount']),
          related: d.members.map((m, i) => ({ location: team.locate(['members', i, 'count']), message: `${m.role}: ${m.count}` })),
          hint: `Make \`headcount\` ${sum}, or correct the member counts if ${d.headcount} is the promise.`,
        });
      }
      d.members.forEach((m, i) => {
        const wrong = wrongSide(m.role, 'staff');
        if (!wrong) return;
        ctx.report({
          messageId: 'memberClient',
          data: { team: team.id, role: wrong.described },
          location: team.locate(['members', i, 'role']),
          related: [wrong.related],
          hint: 'Name one of our staff roles (`side: staff`), or fix the role\'s side in the organisation if it is ours.',
        });
      });
      d.rota.forEach((r, i) => {
        const wrong = wrongSide(r.role, 'staff');
        if (!wrong) return;
        ctx.report({
          messageId: 'rotaClient',
          data: { team: team.id, role: wrong.described },
          location: team.locate(['rota', i, 'role']),
          related: [wrong.related],
          hint: 'Name one of our staff roles (`side: staff`), or fix the role\'s side in the organisation if it is ours.',
        });
      });
    }
  },
});
