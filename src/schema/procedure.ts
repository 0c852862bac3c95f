/**
 * A service procedure (维修流程, 报修处理 …): ordered steps, each done by a role, with the
 * record it produces and its deadline. A step whose deadline is a service-level target
 * names the target instead of a time, so the time is stated once, in the service levels.
 */
import { z } from 'zod';
import { DurationSchema, IdSchema, LocalizedTextSchema } from './primitives.ts';
import { TargetSchema } from './service-level.ts';

export const ProcedureStepSchema = z
  .object({
    by: IdSchema,
    text: LocalizedTextSchema,
    /** Done within this time of the report … */
    within: DurationSchema.optional(),
    /** … or by the deadline of this service-level target (onsite, resolution …). */
    target: TargetSchema.optional(),
    /** The record type (records collection) this step fills in. */
    record: IdSchema.optional(),
  })
  .strict()
  .refine((s) => !(s.within && s.target), { message: 'a step has a `within` time or a service-level `target`, not both' });

export const ProcedureSchema = z
  .object({
    title: LocalizedTextSchema,
    kind: z.enum(['repair', 'inspection', 'handover', 'operation']),
    steps: z.array(ProcedureStepSchema).min(1),
    /** Standing rules for whoever carries it out (wear the ID badge, get the sign-off …). */
    rules: z.array(LocalizedTextSchema).default([]),
  })
  .strict();

export type Procedure = z.infer<typeof ProcedureSchema>;
