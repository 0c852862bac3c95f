/**
 * Service records (维修任务书, 保修卡, 回访报告 …): who keeps each and for how long.
 */
import { z } from 'zod';
import { DurationSchema, IdSchema, LocalizedTextSchema } from './primitives.ts';

export const RecordTypeSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    /** The role that keeps it. */
    owner: IdSchema,
    retention: DurationSchema,
    purpose: LocalizedTextSchema.optional(),
  })
  .strict();

export const RecordsSchema = z
  .object({ title: LocalizedTextSchema, records: z.array(RecordTypeSchema).min(1) })
  .strict();

export type Records = z.infer<typeof RecordsSchema>;
export type RecordType = z.infer<typeof RecordTypeSchema>;
