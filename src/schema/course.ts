/**
 * A training course (培训课程): who it is for, its modules and class hours, how it is
 * assessed. Stated totals are checked against the modules.
 */
import { z } from 'zod';
import { CountSchema, IdSchema, LocalizedTextSchema, QuantitySchema } from './primitives.ts';

export const ModuleSchema = z
  .object({
    id: IdSchema,
    title: LocalizedTextSchema,
    /** Class hours (课时). */
    hours: QuantitySchema,
    method: z.enum(['theory', 'hands-on', 'mixed']),
    topics: z.array(LocalizedTextSchema).default([]),
    /** Module ids that must come first. */
    after: z.array(IdSchema).default([]),
  })
  .strict();

export const CourseSchema = z
  .object({
    title: LocalizedTextSchema,
    goal: LocalizedTextSchema,
    /** Client roles to train, with the fewest trainees for each. */
    audience: z.array(z.object({ role: IdSchema, min: CountSchema }).strict()).min(1),
    /** The stated fewest trainees in all: must equal the sum over the audience. */
    minTrainees: CountSchema,
    prerequisites: z.array(LocalizedTextSchema).default([]),
    modules: z.array(ModuleSchema).min(1),
    /** The stated total in class hours: must equal the sum of the modules. */
    totalHours: QuantitySchema,
    /** The stated length in days and class hours per day: days × hoursPerDay = totalHours. */
    days: QuantitySchema,
    hoursPerDay: QuantitySchema,
    location: LocalizedTextSchema,
    materials: z.array(LocalizedTextSchema).default([]),
    /** The staff role that teaches. */
    trainer: IdSchema,
    assessment: z
      .object({ method: LocalizedTextSchema, passMark: z.number().min(0).max(100) })
      .strict()
      .optional(),
    certificate: z.boolean(),
    free: z.boolean(),
  })
  .strict();

export type Course = z.infer<typeof CourseSchema>;
export type Module = z.infer<typeof ModuleSchema>;
