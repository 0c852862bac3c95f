/**
 * Every system in a bid's scope needs a maintenance schedule with tasks, and every level
 * of a schedule needs work behind it. A system with no schedule is equipment nobody has
 * promised to maintain; a level with no tasks is a visit promised with nothing to do on it.
 */
import { defineRule } from '../define-rule.ts';
import { describeFrequency } from './frequency.ts';

export default defineRule({
  meta: {
    id: 'maintenance/system-coverage',
    severity: 'error',
    title: 'A system in scope has no maintenance schedule, or a level has no tasks',
    source: 'DOMAIN.md check 13: every system in scope has tasks',
    messages: {
      uncovered:
        'The system "{{system}}" ({{name}}) is in the scope of the bid "{{bid}}", but none of the maintenance schedules the bid applies is for it; nothing in the bid says how it will be maintained.',
      emptyLevel:
        'The level "{{level}}" ({{name}}) of the "{{schedule}}" schedule has no tasks of its own and includes no level that has any; it promises {{frequency}} visits with nothing to do on them.',
    },
  },
  check(model, ctx) {
    const systems = new Map((model.organisation?.data.systems ?? []).map((s) => [s.id, typeof s.name === 'string' ? s.name : s.name.zh]));
    for (const bid of model.bids) {
      bid.entry.data.project.systems.forEach((system, i) => {
        const name = systems.get(system);
        if (name === undefined) return; // an undefined system is references/resolve's report
        ctx.examined();
        if (bid.maintenance.some((m) => m.data.system === system && m.data.tasks.length > 0)) return;
        const unapplied = model.entries.maintenance.filter((m) => m.data.system === system);
        ctx.report({
          messageId: 'uncovered',
          data: { system, name, bid: bid.entry.id },
          location: bid.entry.locate(['project', 'systems', i]),
          related: unapplied.map((m) => ({ location: m.locate(['system']), message: `the schedule "${m.id}" is for ${system} but the bid does not apply it` })),
          hint: unapplied.length
            ? `Add ${unapplied.map((m) => `"${m.id}"`).join(' or ')} to \`applies.maintenance\`.`
            : `Write a schedule for ${system} in content/maintenance/ and add it to \`applies.maintenance\`, or take the system out of the project's scope.`,
        });
      });
    }

    for (const schedule of model.entries.maintenance) {
      const { levels, tasks } = schedule.data;
      const withTasks = new Set(tasks.map((t) => t.level));
      const hasWork = (id: string, seen: Set<string>): boolean => {
        if (withTasks.has(id)) return true;
        seen.add(id);
        const level = levels.find((l) => l.id === id);
        return !!level && level.includes.some((inc) => !seen.has(inc) && hasWork(inc, seen));
      };
      levels.forEach((l, i) => {
        ctx.examined();
        if (hasWork(l.id, new Set())) return;
        ctx.report({
          messageId: 'emptyLevel',
          data: { level: l.id, name: typeof l.name === 'string' ? l.name : l.name.zh, schedule: schedule.id, frequency: describeFrequency(l.frequency) },
          location: schedule.locate(['levels', i, 'id']),
          hint: `Give it tasks (\`level: ${l.id}\`), let it include a level that has some, or remove it.`,
        });
      });
    }
  },
});
