/**
 * Service-level commitments as a matrix: each a target with a bound, under conditions.
 */
import { z } from 'zod';
import { ConditionsSchema, DurationSchema, EventSchema, IdSchema, LocalizedTextSchema } from './primitives.ts';

/**
 * What is promised by when. `response` first contact; `remote` diagnosis by phone or remote
 * access; `onsite` engineer on site; `diagnosis` cause found and a repair plan handed in
 * (查明原因、提交处理方案); `restore` service back, perhaps by a workaround;
 * `resolution` fault fixed; `loaner` equal-grade replacement after N; `downtime` longest
 * outage; `spare-parts` part delivered; `no-recurrence` the same fault not again within N.
 */
export const TARGETS = ['response', 'remote', 'onsite', 'diagnosis', 'restore', 'resolution', 'loaner', 'downtime', 'spare-parts', 'no-recurrence'] as const;
export const TargetSchema = z.enum(TARGETS);
export type Target = z.infer<typeof TargetSchema>;

export const CommitmentSchema = z
  .object({
    target: TargetSchema,
    /** At most this long (响应/到场/修复 …内). */
    within: DurationSchema.optional(),
    /** At least this long (no recurrence within …). */
    atLeast: DurationSchema.optional(),
    /** When it holds; missing keys mean every case. */
    when: ConditionsSchema.optional(),
    /**
     * The event the time runs from: `report` (default), or an earlier step of the repair
     * (`onsite` for 到场后48小时内修复). The checker adds up the chain to the worst case from
     * the report.
     */
    from: EventSchema.optional(),
    note: LocalizedTextSchema.optional(),
  })
  .strict()
  .refine((c) => (c.within === undefined) !== (c.atLeast === undefined), {
    message: 'a commitment states exactly one bound: `within` (at most) or `atLeast`',
  });
export type Commitment = z.infer<typeof CommitmentSchema>;

export const ServiceLevelSchema = z
  .object({
    title: LocalizedTextSchema,
    /** `7x24`: somebody answers and is on duty every hour of the week; `5x8`: working hours only. */
    promise: z.enum(['7x24', '5x8']).optional(),
    /**
     * The channel(s) that carry the promise: one hotline id, or several whose hours together
     * cover it (a 5×8 desk line and a 7×24 duty mobile).
     */
    hotline: z.union([IdSchema, z.array(IdSchema).min(1)]).optional(),
    commitments: z.array(CommitmentSchema).min(1),
    /** The emergency clause: what happens at once for a safety or system-down event. */
    emergency: z
      .object({
        /** Severity level(s) that count as an emergency. */
        severity: z.array(IdSchema).min(1),
        dispatch: z.literal('immediate'),
        text: LocalizedTextSchema,
      })
      .strict()
      .optional(),
  })
  .strict();
export type ServiceLevel = z.infer<typeof ServiceLevelSchema>;
