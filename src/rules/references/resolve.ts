/**
 * Every id used must be defined: a role, zone, channel, course or schedule named
 * somewhere but defined nowhere is a typo or a deleted definition.
 */
import { defineRule } from '../define-rule.ts';
import { REF_KINDS, type Reference } from '../../model/references.ts';
import { compareRefs } from '../../diagnostics/diagnostic.ts';
import { closest } from '../../content/schema-issues.ts';

export default defineRule({
  meta: {
    id: 'references/resolve',
    severity: 'error',
    title: 'An id is used but never defined',
    source: 'DOMAIN.md check 16: references resolve',
    messages: {
      dangling: 'The {{kind}} "{{id}}" is not defined.',
      danglingMany: 'The {{kind}} "{{id}}" is not defined; it is used {{count}} times (the related locations list the others).',
    },
  },
  check(model, ctx) {
    // One cause, one diagnostic: every use of the same undefined id is one typo or one
    // missing definition, reported at its first use with the others related.
    const byId = new Map<string, Reference[]>();
    for (const ref of model.refs.references) {
      ctx.examined();
      if (model.refs.lookup(ref)) continue;
      const key = `${ref.kind}\u0000${ref.scope ?? ''}\u0000${ref.id}`;
      byId.set(key, [...(byId.get(key) ?? []), ref]);
    }
    for (const uses of byId.values()) {
      const [ref, ...others] = [...uses].sort((a, b) => compareRefs(a.at, b.at));
      const known = model.refs.candidates(ref!);
      const guess = closest(ref!.id, known);
      const kind = REF_KINDS[ref!.kind];
      ctx.report({
        messageId: others.length ? 'danglingMany' : 'dangling',
        data: { kind, id: ref!.id, count: uses.length },
        location: ref!.at,
        related: others.map((o) => ({ location: o.at, message: `"${o.id}" used here too` })),
        hint: guess ? `Did you mean "${guess}"?` : known.length ? `Defined: ${known.join(', ')}.` : `Define the ${kind} first.`,
      });
    }
  },
});
