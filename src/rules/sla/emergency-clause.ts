/**
 * Every service level needs an emergency clause: 《房屋建筑工程质量保修办法》Art. 9 wants
 * the contractor on site at once for a defect that threatens structural safety or stops
 * the works from being used, whatever the ordinary time limits say. The clause must name
 * a severity level the organisation actually treats as an emergency.
 */
import { defineRule } from '../define-rule.ts';

export default defineRule({
  meta: {
    id: 'sla/emergency-clause',
    severity: 'error',
    title: 'A service level lacks an emergency clause for safety or system-down events',
    source: 'DOMAIN.md check 8; 《房屋建筑工程质量保修办法》(建设部令第80号) Art. 9: immediate arrival for structural-safety or function-critical emergencies',
    messages: {
      missing:
        'The service-levels entry "{{entry}}" has no emergency clause (紧急抢修): Art. 9 of the 保修办法 requires the contractor to arrive at once when a defect endangers structural safety or stops the works from being used, and the ordinary time limits in this entry do not promise that.',
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
        ctx.report({
          messageId: 'missing',
          data: { entry: entry.id },
          location: entry.locate(['title'], true),
          hint: flagged.length
            ? `Add \`emergency: { severity: [${flagged.map((s) => s.id).join(', ')}], dispatch: immediate, text: … }\` saying who goes to the site at once.`
            : 'Flag the safety or system-down severity level(s) in the organisation with `emergency: true`, then add `emergency: { severity: [...], dispatch: immediate, text: … }` here.',
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
