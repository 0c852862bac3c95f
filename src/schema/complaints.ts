/**
 * The complaint procedure: who receives, through which channels, in which steps.
 */
import { z } from 'zod';
import { DurationSchema, IdSchema, LocalizedTextSchema } from './primitives.ts';

export const ComplaintProcedureSchema = z
  .object({
    title: LocalizedTextSchema,
    /** The receiving role (投诉受理人). */
    receiver: IdSchema,
    channels: z.array(IdSchema).min(1),
    /** In order; each done within its time of the complaint being received. */
    steps: z
      .array(z.object({ by: IdSchema, text: LocalizedTextSchema, within: DurationSchema }).strict())
      .min(1),
    /** The client hears the outcome within this time of complaining. */
    closeWithin: DurationSchema,
  })
  .strict();

export type ComplaintProcedure = z.infer<typeof ComplaintProcedureSchema>;
