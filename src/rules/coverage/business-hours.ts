/**
 * A time limit on a business clock (`clock: business`, or counted in working days) only
 * means something against the organisation's service hours; without them no deadline can
 * be computed and every comparison of that value is skipped.
 */
import { defineRule } from '../define-rule.ts';
import type { Entry } from '../../content/load.ts';
import { formatDuration } from '../../time/duration.ts';
import { TIME_UNITS, type Duration } from '../../schema/index.ts';

type Path = (string | number)[];

const isDuration = (v: unknown): v is Duration =>
  typeof v === 'object' && v !== null && typeof (v as Duration).amount === 'number' && (TIME_UNITS as readonly string[]).includes((v as Duration).unit);

const onBusinessClock = (d: Duration) => d.clock === 'business' || d.unit === 'workday';

/** Every duration in an entry, with its path, so each one can be located. */
function* durationsIn(value: unknown, path: Path = []): Generator<[Duration, Path]> {
  if (isDuration(value)) yield [value, path];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* durationsIn(v, [...path, i]);
  else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) yield* durationsIn(v, [...path, k]);
}

export default defineRule({
  meta: {
    id: 'coverage/business-hours',
    severity: 'error',
    title: 'A business-clock time limit without the organisation\'s service hours',
    source: 'DOMAIN.md check 7: business-hour targets need defined service hours',
    messages: {
      noServiceHours:
        '{{value}} counts working time (工作时间), but the organisation defines no `serviceHours`, so its deadline cannot be computed and no rule can compare it with other time limits or the tender.',
    },
  },
  check(model, ctx) {
    const org = model.organisation;
    // Every commitment and requirement bound, and any other time limit stated the same way.
    const all: Entry[] = Object.values(model.entries).flat();
    for (const entry of all) {
      for (const [duration, path] of durationsIn(entry.data)) {
        ctx.examined();
        if (!onBusinessClock(duration) || model.serviceHours) continue;
        ctx.report({
          messageId: 'noServiceHours',
          data: { value: formatDuration(duration) },
          location: entry.locate(path),
          related: org ? [{ location: org.locate(['name'], true), message: 'the organisation, where `serviceHours` belongs' }] : [],
          hint: "Add the organisation's service day, e.g. `serviceHours: [{ days: [mon, tue, wed, thu, fri], from: '08:00', to: '18:00' }]`, or state this limit in calendar time.",
        });
      }
    }
  },
});
