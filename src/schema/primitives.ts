/**
 * Building blocks shared by every content schema: ids, localised text, durations,
 * week hours and the conditions a commitment holds under. Imports only zod.
 */
import { z } from 'zod';

/** A stable identifier: lower-case letters, digits and dashes, e.g. `city` or `p1`. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'an id uses lower-case letters, digits and dashes, e.g. "after-sales-lead"');
export type Id = z.infer<typeof IdSchema>;

/**
 * Text in Simplified Chinese (required) and English (optional). A plain string is Chinese
 * only; the English edition then falls back to it and the checker warns.
 */
export const LocalizedTextSchema = z.union([
  z.string().min(1),
  z
    .object({
      /** Simplified Chinese (zh-CN), the language of the tender. */
      zh: z.string().min(1),
      /** English, shown alongside; falls back to Chinese when missing. */
      en: z.string().min(1).optional(),
    })
    .strict(),
]);
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/**
 * The range of every number in content: finite, positive, at most 100 000. Nothing a
 * service plan counts (people, class hours, spare parts, visits) comes near it, and an
 * amount past it (`.inf`, `1e20`) is a slip of the keyboard, not a promise.
 */
export const MAX_NUMBER = 100_000;
const finite = z.number().finite({ message: 'must be a finite number' });
/** A positive number (class hours, days): at most 100 000. */
const inRange = { message: 'is over 100 000, the largest number content may hold' };
export const QuantitySchema = finite.positive().max(MAX_NUMBER, inRange);
/** A whole count (people, items, visits, ranks): 1 to 100 000. */
export const CountSchema = finite.int().positive().max(MAX_NUMBER, inRange);

/** Minutes per unit, roughly, only to bound durations (a month 30 days, a season a year). */
const ROUGH_MINUTES = { minute: 1, hour: 60, day: 1440, workday: 1440, week: 10080, month: 43200, year: 525600, season: 525600 } as const;
/** The longest duration content may state: a century (a design life is the longest promise). */
export const MAX_DURATION_YEARS = 100;

export const TIME_UNITS = ['minute', 'hour', 'day', 'workday', 'week', 'month', 'year', 'season'] as const;
export const TimeUnitSchema = z.enum(TIME_UNITS);
export type TimeUnit = z.infer<typeof TimeUnitSchema>;

/**
 * A length of time: `{ amount: 2, unit: hour }`. `season` exists only for heating and cooling
 * systems (Art. 40 counts them in seasons). `clock: business` counts only the organisation's
 * service hours (an 8 business-hour target logged at 16:00 is due the next day).
 */
export const DurationSchema = z
  .object({
    amount: QuantitySchema,
    unit: TimeUnitSchema,
    /** `calendar` (default) counts every hour; `business` counts only the organisation's service hours. */
    clock: z.enum(['calendar', 'business']).optional(),
  })
  .strict()
  .refine((d) => d.amount * ROUGH_MINUTES[d.unit] <= MAX_DURATION_YEARS * ROUGH_MINUTES.year, {
    message: `a duration is at most ${MAX_DURATION_YEARS} years (a design life is the longest promise a plan makes)`,
    path: ['amount'],
  });
export type Duration = z.infer<typeof DurationSchema>;

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export const DaySchema = z.enum(DAYS);
export type Day = z.infer<typeof DaySchema>;

const clockTime = z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'a time of day as HH:MM, e.g. "08:30" (24:00 ends the day)');

/**
 * One span of the week: `{ days: [mon, tue, wed, thu, fri], from: '08:00', to: '18:00' }`.
 * A span whose `to` is earlier than its `from` runs past midnight into the next day.
 */
export const WeekSpanSchema = z
  .object({
    days: z.array(DaySchema).min(1),
    from: clockTime,
    to: clockTime,
  })
  .strict();
export type WeekSpan = z.infer<typeof WeekSpanSchema>;

/** Hours of the week, as spans, or `always` for 7×24. */
export const WeekHoursSchema = z.union([z.literal('always'), z.array(WeekSpanSchema).min(1)]);
export type WeekHours = z.infer<typeof WeekHoursSchema>;

/** Months of the year, inclusive; `{ from: 11, to: 4 }` wraps over the new year. */
export const MonthRangeSchema = z
  .object({ from: z.number().int().min(1).max(12), to: z.number().int().min(1).max(12) })
  .strict();
export type MonthRange = z.infer<typeof MonthRangeSchema>;

const oneOrMany = z.union([IdSchema, z.array(IdSchema).min(1)]);

/**
 * The event a time is counted from. `report` (the default) is the client's fault report;
 * the others are steps of the repair (到场后48小时内修复: from `onsite`; 备件到货后8小时内修复:
 * from `parts-arrival`, the `spare-parts` target) or completion `acceptance`.
 */
export const EVENTS = ['report', 'response', 'onsite', 'diagnosis', 'parts-arrival', 'acceptance'] as const;
export const EventSchema = z.enum(EVENTS);
export type Event = z.infer<typeof EventSchema>;

/**
 * When a commitment holds. Each key narrows it; a missing key means "in every case".
 * Two commitments can only conflict when every one of their conditions overlaps.
 */
export const ConditionsSchema = z
  .object({
    /** Severity level id(s) from the organisation's `severities`. */
    severity: oneOrMany.optional(),
    /** Zone id(s) from the organisation's `zones`. */
    zone: oneOrMany.optional(),
    /** A time window id from the organisation's `windows`. */
    window: IdSchema.optional(),
    /** A season id from the organisation's `seasons`, or months written out. */
    season: z.union([IdSchema, MonthRangeSchema]).optional(),
    /** Asset class id(s) from the organisation's `assetClasses`. */
    asset: oneOrMany.optional(),
    /** Fault type id(s) from the organisation's `faultTypes` (hardware, software, line fault …). */
    faultType: oneOrMany.optional(),
  })
  .strict();
export type Conditions = z.infer<typeof ConditionsSchema>;

/** Pricing of a service: free, at cost price, or under a paid service contract. */
export const PricingSchema = z.enum(['free', 'cost-price', 'paid-contract']);
export type Pricing = z.infer<typeof PricingSchema>;

/**
 * A calendar date, YYYY-MM-DD. (Astro reads YAML with js-yaml, which turns bare dates into
 * Date objects; both readers must accept the same file, so a Date is turned back into text.)
 */
export const DateSchema = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a date as YYYY-MM-DD, e.g. "2026-03-15"'),
);
