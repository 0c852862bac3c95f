/**
 * The after-sales team: its members by role, the stated headcount, and the duty rota.
 */
import { z } from 'zod';
import { CountSchema, IdSchema, LocalizedTextSchema, WeekHoursSchema } from './primitives.ts';

export const TeamSchema = z
  .object({
    name: LocalizedTextSchema,
    /** The headcount the plan states (e.g. "共10名"): must equal the sum of members. */
    headcount: CountSchema,
    members: z
      .array(
        z
          .object({
            role: IdSchema,
            count: CountSchema,
            /** Stationed at the client's site (驻场) rather than at our office. */
            resident: z.boolean().optional(),
          })
          .strict(),
      )
      .min(1),
    /** Who is on duty when; the union must cover every hour a 7×24 promise names. */
    rota: z
      .array(z.object({ role: IdSchema, hours: WeekHoursSchema, note: LocalizedTextSchema.optional() }).strict())
      .default([]),
  })
  .strict();

export type Team = z.infer<typeof TeamSchema>;
