/**
 * Return visits (回访) and regular client meetings (登门拜访).
 */
import { z } from 'zod';
import { CountSchema, DurationSchema, IdSchema, LocalizedTextSchema } from './primitives.ts';

export const VisitKindSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    purpose: LocalizedTextSchema,
    /** Led by this role. */
    by: IdSchema,
    /** The visit held shortly before the warranty expires. */
    preExpiry: z.boolean().optional(),
  })
  .strict();

export const PlannedVisitSchema = z
  .object({
    kind: IdSchema,
    /** Time after completion acceptance; or `before`, time before the free warranty ends. */
    after: DurationSchema.optional(),
    before: DurationSchema.optional(),
  })
  .strict()
  .refine((v) => (v.after === undefined) !== (v.before === undefined), {
    message: 'a planned visit is dated by exactly one of `after` (acceptance) or `before` (warranty end)',
  });

export const MeetingSchema = z
  .object({
    by: IdSchema,
    with: LocalizedTextSchema,
    /** Fewest and most meetings per period. */
    min: CountSchema,
    max: CountSchema.optional(),
    per: z.enum(['week', 'month', 'quarter', 'year']),
    purpose: LocalizedTextSchema.optional(),
  })
  .strict();

export const VisitPlanSchema = z
  .object({
    title: LocalizedTextSchema,
    kinds: z.array(VisitKindSchema).min(1),
    /** The promise: at least `perYear` visits each warranty year, the first within `firstWithin`. */
    floor: z.object({ perYear: CountSchema, firstWithin: DurationSchema }).strict(),
    /** The visits actually planned, dated from acceptance or from the warranty's end. */
    schedule: z.array(PlannedVisitSchema).min(1),
    meetings: z.array(MeetingSchema).default([]),
  })
  .strict();

export type VisitPlan = z.infer<typeof VisitPlanSchema>;
