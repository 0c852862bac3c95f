/**
 * A maintenance schedule for one system: levels (monthly, quarterly, annual …) that may
 * include lower levels, and tasks with their frequency, role, duration and criticality
 * (after SFG20: statutory, mandatory, optimal, discretionary).
 */
import { z } from 'zod';
import { DurationSchema, IdSchema, LocalizedTextSchema } from './primitives.ts';

export const FREQUENCIES = ['weekly', 'monthly', 'quarterly', 'semiannual', 'annual'] as const;
export const FrequencySchema = z.enum(FREQUENCIES);
export type Frequency = z.infer<typeof FrequencySchema>;

/** How many months apart a frequency's visits are (a week is 12/52 of a month). */
export const FREQUENCY_MONTHS: Readonly<Record<Frequency, number>> = { weekly: 12 / 52, monthly: 1, quarterly: 3, semiannual: 6, annual: 12 };

export const CRITICALITIES = ['statutory', 'mandatory', 'optimal', 'discretionary'] as const;

export const MaintenanceLevelSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    frequency: FrequencySchema,
    /** Lower (more frequent) levels whose tasks this level also carries out. */
    includes: z.array(IdSchema).default([]),
  })
  .strict();

export const MaintenanceTaskSchema = z
  .object({
    id: IdSchema,
    title: LocalizedTextSchema,
    level: IdSchema,
    /** The staff role that does it. */
    role: IdSchema,
    duration: DurationSchema,
    criticality: z.enum(CRITICALITIES),
    /** Done only when the client asks; never allowed for a statutory task. */
    optional: z.boolean().optional(),
    checklist: z.array(LocalizedTextSchema).min(1),
  })
  .strict();

export const MaintenanceScheduleSchema = z
  .object({
    system: IdSchema,
    title: LocalizedTextSchema,
    levels: z.array(MaintenanceLevelSchema).min(1),
    tasks: z.array(MaintenanceTaskSchema).min(1),
  })
  .strict();

export type MaintenanceSchedule = z.infer<typeof MaintenanceScheduleSchema>;
export type MaintenanceLevel = z.infer<typeof MaintenanceLevelSchema>;
export type MaintenanceTask = z.infer<typeof MaintenanceTaskSchema>;
