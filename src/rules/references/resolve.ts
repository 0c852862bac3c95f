/**
 * Every id used must be defined: a role, zone, channel, course or schedule named
 * somewhere but defined nowhere is a typo or a deleted definition.
 */
import { defineRule } from '../define-rule.ts';
import { REF_KINDS } from '../../model/references.ts';
import { closest } from '../../content/schema-issues.ts';

export default defineRule({
  meta: {
    id: 'references/resolve',
    severity: 'error',
    title: 'An id is used but never defined',
    source: 'DOMAIN.md check 16: references resolve',
    messages: { dangling: 'The {{kind}} "{{id}}" is not defined.' },
  },
  check(model, ctx) {
    for (const ref of model.refs.references) {
      ctx.examined();
      if (model.refs.lookup(ref)) continue;
      const known = model.refs.candidates(ref);
      const guess = closest(ref.id, known);
      ctx.report({
        messageId: 'dangling',
        data: { kind: REF_KINDS[ref.kind], id: ref.id },
        location: ref.at,
        hint: guess ? `Did you mean "${guess}"?` : known.length ? `Defined: ${known.join(', ')}.` : `Define the ${REF_KINDS[ref.kind]} first.`,
      });
    }
  },
});
