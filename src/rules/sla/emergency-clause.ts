/**
 * The emergency clause (紧急抢修): 《房屋建筑工程质量保修办法》Art. 9 wants the contractor on
 * site at once for a defect that threatens structural safety or stops the works from being
 * used, whatever the ordinary time limits say. The duty is the law's, so a plan may leave
 * it unstated; but when the organisation has emergency levels and a service level says
 * nothing about them, the plan is silent where a tender looks (a warning). A clause that is
 * there must name a severity level the organisation actually treats as an emergency.
 */
import { defineRule } from '../define-rule.ts';

export default defineRule({
  meta: {
    id: 'sla/emergency-clause',
    severity: 'error',
    title: 'An emergency clause names no emergency level, or is missing while the organisation has one',
    source: 'DOMAIN.md check 8; 《房屋建筑工程质量保修办法》(建设部令第80号) Art. 9: immediate arrival for structural-safety or function-critical emergencies',
    messages: {
      missing:
        'The service-levels entry "{{entry}}" has no emergency clause (紧急抢修), although the organisation flags {{flagged}} as emergency level(s). Art. 9 of the 保修办法 obliges the contractor to arrive at once when a defect endangers structural safety or stops the works from being used; that duty holds anyway, but this plan does not state it, and its ordinary time limits do not promise it.',
      notEmergency:
        'The emergency clause covers severity {{named}}, but the organisation flags none of them as an emergency level ({{flagged}}); the immediate dispatch would never reach a real safety or system-down event.',
      noneFlagged:
        'The emergency clause covers severity {{named}}, but the organisation flags no severity level with `emergency: true`, so nothing defines which faults get the immediate dispatch.',
    },
  },
  check(model, ctx) {
    const severities = [...model.vocabulary.severities.values()];
    const flagged = severities.filter((s) => s.emergency);
    const orgSeverities = model.organisation?.locate(['severities'], true);
    for (const entry of model.entries['service-levels']) {
      ctx.examined();
      const clause = entry.data.emergency;
      if (!clause) {
        // Without emergency levels there is nothing for a clause to name: the law's duty
        // stands on its own.
        if (!flagged.length) continue;
        const ids = flagged.map((s) => s.id).join(', ');
        ctx.report({
          messageId: 'missing',
          severity: 'warning',
          data: { entry: entry.id, flagged: ids },
          location: entry.locate(['title'], true),
          related: flagged.map((s) => ({ location: s.at, message: `${s.id} is flagged as an emergency level` })),
          hint: `Add \`emergency: { severity: [${ids}], dispatch: immediate, text: … }\` saying who goes to the site at once.`,
        });
        continue;
      }
      // Unknown ids are references/resolve's concern; judge only what resolves.
      const known = clause.severity.filter((id) => model.vocabulary.severities.has(id));
      if (!known.length || known.some((id) => model.vocabulary.severities.get(id)!.emergency)) continue;
      const named = known.join(', ');
      if (!flagged.length) {
        ctx.report({
          messageId: 'noneFlagged',
          data: { named },
          location: entry.locate(['emergency', 'severity']),
          related: orgSeverities ? [{ location: orgSeverities, message: 'the organisation\'s severity levels, none flagged `emergency: true`' }] : [],
          hint: 'Mark the level(s) for safety hazards and system-down faults with `emergency: true` in the organisation\'s `severities`, and name them in this clause.',
        });
      } else {
        ctx.report({
          messageId: 'notEmergency',
          data: { named, flagged: `its emergency levels: ${flagged.map((s) => s.id).join(', ')}` },
          location: entry.locate(['emergency', 'severity']),
          related: flagged.map((s) => ({ location: s.at, message: `${s.id} is flagged as an emergency level` })),
          hint: `Name an emergency level in the clause (${flagged.map((s) => s.id).join(', ')}), or flag the level you mean with \`emergency: true\`.`,
        });
      }
    }
  },
});
