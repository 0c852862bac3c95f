/**
 * Modules are taught in the order they are listed, so a module's prerequisites (`after`)
 * must come before it, and prerequisites must never wait for one another in a circle.
 * The printed plan (课程安排) follows the list; a prerequisite listed later is a
 * timetable that cannot be taught as written.
 */
import { defineRule } from '../define-rule.ts';
import { describeCycle, findCycles } from '../../model/graph.ts';

export default defineRule({
  meta: {
    id: 'training/module-order',
    severity: 'error',
    title: 'A module is listed before one of its prerequisites, or prerequisites form a cycle',
    source: 'DOMAIN.md check 12 (training plan: modules and their prerequisites)',
    messages: {
      later:
        'Module "{{module}}" (number {{position}}) is to come after "{{prerequisite}}", which is listed later (number {{prerequisitePosition}}); modules are taught in the order listed, so a prerequisite must come first.',
      cycle:
        'The modules of course "{{course}}" wait for each other in a circle (each waits for the next: {{cycle}}), so none of them can be taught first.',
      self: 'Module "{{module}}" names itself in `after`, so it can never start.',
    },
  },
  check(model, ctx) {
    for (const course of model.entries.courses) {
      const modules = course.data.modules;
      const position = new Map<string, number>();
      modules.forEach((m, i) => position.has(m.id) || position.set(m.id, i));
      const afterOf = (id: string) => modules[position.get(id)!]!.after;
      const afterAt = (id: string, prerequisite: string) => {
        const i = position.get(id)!;
        return course.locate(['modules', i, 'after', modules[i]!.after.indexOf(prerequisite)]);
      };

      const cycles = findCycles(modules.map((m) => m.id), afterOf);
      for (const c of cycles) {
        const [first, second] = c.path as [string, string];
        if (first === second) {
          ctx.report({
            messageId: 'self',
            data: { module: first },
            location: afterAt(first, first),
            hint: `Remove "${first}" from its own \`after\` list.`,
          });
          continue;
        }
        ctx.report({
          messageId: 'cycle',
          data: { course: course.id, cycle: describeCycle(c) },
          location: afterAt(first, second),
          related: c.path.slice(1, -1).map((from, k) => {
            const to = c.path[k + 2]!;
            return { location: afterAt(from, to), message: `"${from}" waits for "${to}"` };
          }),
          hint: 'Remove the `after` entry that is not a true prerequisite, so that one module of the circle can be taught first.',
        });
      }

      modules.forEach((m, i) => {
        ctx.examined();
        if (position.get(m.id) !== i) return; // a repeated id: only its first definition counts
        m.after.forEach((p, j) => {
          const at = position.get(p);
          if (at === undefined || at <= i) return; // dangling ids are references/resolve's
          if (cycles.some((c) => c.members.has(m.id) && c.members.has(p))) return;
          ctx.report({
            messageId: 'later',
            data: { module: m.id, position: i + 1, prerequisite: p, prerequisitePosition: at + 1 },
            location: course.locate(['modules', i, 'after', j]),
            related: [{ location: course.locate(['modules', at, 'id']), message: `"${p}" is module number ${at + 1}` }],
            hint: `Move "${p}" above "${m.id}" in \`modules\`.`,
          });
        });
      });
    }
  },
});
