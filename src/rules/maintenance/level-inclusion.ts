/**
 * A maintenance level carries out its own tasks and those of the levels it `includes`:
 * the quarterly service (季度保养) does the monthly round (月度巡检) as well. Inclusion only
 * runs from rarer to more frequent levels and never in a circle. Where a rarer level
 * leaves out the next more frequent one, a warning asks the author to say so: on the
 * visit when both fall due, nobody can tell whether those tasks are done.
 */
import { zh } from '../../schema/localized.ts';
import { defineRule } from '../define-rule.ts';
import { describeCycle, findCycles } from '../../model/graph.ts';
import type { MaintenanceLevel } from '../../schema/index.ts';
import { describeFrequency, rarity } from './frequency.ts';

const nameOf = (l: MaintenanceLevel) => zh(l.name);

export default defineRule({
  meta: {
    id: 'maintenance/level-inclusion',
    severity: 'error',
    title: 'A maintenance level includes a level that is not more frequent, or skips the next one',
    source: 'DOMAIN.md check 13: a higher level includes the lower levels where stated',
    messages: {
      notMoreFrequent:
        'The {{frequency}} level "{{level}}" includes "{{included}}", a {{includedFrequency}} level; a level can only carry out the tasks of more frequent levels (the quarterly service takes in the monthly round, never the reverse).',
      cycle: 'The levels of the "{{schedule}}" schedule include each other in a circle (each includes the next: {{cycle}}), so the tasks each of them carries out cannot be settled.',
      self: 'The level "{{level}}" includes itself.',
      missingNext:
        'The {{frequency}} level "{{level}}" ({{name}}) does not include the {{nextFrequency}} level "{{next}}" ({{nextName}}), so the plan does not say whether the "{{next}}" tasks are done on the visit when both fall due.',
    },
  },
  check(model, ctx) {
    for (const schedule of model.entries.maintenance) {
      const levels = schedule.data.levels;
      const position = new Map<string, number>();
      levels.forEach((l, i) => position.has(l.id) || position.set(l.id, i));
      const level = (id: string) => levels[position.get(id)!]!;
      const includeAt = (id: string, included: string) => {
        const i = position.get(id)!;
        return schedule.locate(['levels', i, 'includes', levels[i]!.includes.indexOf(included)]);
      };

      const cycles = findCycles(levels.map((l) => l.id), (id) => level(id).includes);
      for (const c of cycles) {
        const [first, second] = c.path as [string, string];
        if (first === second) {
          ctx.report({ messageId: 'self', data: { level: first }, location: includeAt(first, first), hint: `Remove "${first}" from its own \`includes\`.` });
          continue;
        }
        const steps = c.path.slice(0, -1).map((from, k) => [from, c.path[k + 1]!] as const);
        // A circle cannot run from rarer to more frequent all the way round: these are the wrong way.
        const against = steps.filter(([from, to]) => rarity(level(to).frequency) >= rarity(level(from).frequency));
        ctx.report({
          messageId: 'cycle',
          data: { schedule: schedule.id, cycle: describeCycle(c) },
          location: includeAt(first, second),
          related: steps.slice(1).map(([from, to]) => ({ location: includeAt(from, to), message: `"${from}" includes "${to}"` })),
          hint: `Remove ${against.map(([from, to]) => `"${to}" from the \`includes\` of "${from}"`).join(' and ')}: inclusion runs from a rarer level to a more frequent one only.`,
        });
      }

      levels.forEach((l, i) => {
        if (position.get(l.id) !== i) return;
        ctx.examined();
        l.includes.forEach((id, j) => {
          const other = position.has(id) ? level(id) : undefined;
          if (!other || cycles.some((c) => c.members.has(l.id) && c.members.has(id))) return;
          if (rarity(other.frequency) < rarity(l.frequency)) return;
          ctx.report({
            messageId: 'notMoreFrequent',
            data: { frequency: describeFrequency(l.frequency), level: l.id, included: id, includedFrequency: describeFrequency(other.frequency) },
            location: schedule.locate(['levels', i, 'includes', j]),
            related: [{ location: schedule.locate(['levels', position.get(id)!, 'frequency']), message: `"${id}" is ${other.frequency}` }],
            hint: rarity(other.frequency) > rarity(l.frequency)
              ? `Turn it round: let "${id}" include "${l.id}".`
              : `Remove "${id}" from the \`includes\` of "${l.id}"; levels of the same frequency are separate rounds.`,
          });
        });

        // The nearest more frequent tier; rarer tiers below it are that tier's business.
        const nextRarity = Math.max(-1, ...levels.filter((o) => rarity(o.frequency) < rarity(l.frequency)).map((o) => rarity(o.frequency)));
        if (nextRarity < 0) return;
        const reached = new Set<string>();
        const walk = (id: string) => {
          for (const inc of position.has(id) ? level(id).includes : []) {
            if (reached.has(inc)) continue;
            reached.add(inc);
            walk(inc);
          }
        };
        walk(l.id);
        for (const next of levels.filter((o, k) => rarity(o.frequency) === nextRarity && position.get(o.id) === k && !reached.has(o.id))) {
          ctx.report({
            messageId: 'missingNext',
            severity: 'warning',
            data: {
              frequency: describeFrequency(l.frequency), level: l.id, name: nameOf(l),
              nextFrequency: describeFrequency(next.frequency), next: next.id, nextName: nameOf(next),
            },
            location: schedule.locate(l.includes.length ? ['levels', i, 'includes'] : ['levels', i, 'id']),
            related: [{ location: schedule.locate(['levels', position.get(next.id)!, 'id']), message: `the ${next.frequency} level "${next.id}"` }],
            hint: `Add "${next.id}" to the \`includes\` of "${l.id}", as Chinese plans usually do (年度保养 takes in 季度保养, which takes in 月度巡检).`,
          });
        }
      });
    }
  },
});
