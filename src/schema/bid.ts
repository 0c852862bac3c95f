/**
 * A bid: the project and tender, which of our content applies, per-bid overrides, and the
 * tender's requirements as typed bounds, so each can be judged 正/无/负偏离.
 */
import { z } from 'zod';
import { ConditionsSchema, CountSchema, DateSchema, DurationSchema, EventSchema, IdSchema, LocalizedTextSchema, QuantitySchema } from './primitives.ts';
import { CommitmentSchema, TargetSchema } from './service-level.ts';
import { FreeWarrantySchema } from './warranty.ts';

const clauseFields = {
  /** The tender's clause number, as printed (e.g. "第三章 5.2.1"). */
  clause: z.string().min(1),
  /** A ★ clause: a negative deviation makes the bid invalid. */
  starred: z.boolean().default(false),
  /** The requirement as the tender words it. */
  text: LocalizedTextSchema,
  /** A negative deviation the bidder accepts knowingly, with the reason (never on ★). */
  acceptedDeviation: z.object({ reason: LocalizedTextSchema }).strict().optional(),
};

const req = <T extends z.ZodRawShape>(shape: T) => z.object({ ...clauseFields, ...shape }).strict();

/** What a "must provide" clause asks for: loaners (备机), a spare-parts stock, engineers stationed on site (驻场). */
export const PROVISIONS = ['loaner', 'spare-parts', 'resident-engineer'] as const;

export const RequirementSchema = z
  .discriminatedUnion('measure', [
  /**
   * A service-level target: at most `max` (on site within 4 hours, in the zone given by
   * `when`), or at least `min` (the same fault not again within 3 months), counted `from` an
   * event (default: the fault report).
   */
  req({
    measure: z.literal('sla'),
    target: TargetSchema,
    max: DurationSchema.optional(),
    min: DurationSchema.optional(),
    from: EventSchema.optional(),
    when: ConditionsSchema.optional(),
  }),
  /** The free warranty: at least this long (for an asset class, or the whole works). */
  req({ measure: z.literal('warranty'), min: DurationSchema, asset: IdSchema.optional() }),
  /** Training: at least this many class hours in all courses of the bid. */
  req({ measure: z.literal('training-hours'), min: QuantitySchema }),
  /** Training: at least this many days in all. */
  req({ measure: z.literal('training-days'), min: QuantitySchema }),
  /** Training: at least this many trainees (of one client role, or in all). */
  req({ measure: z.literal('trainees'), min: CountSchema, role: IdSchema.optional() }),
  /** Return visits: at least this many each year. */
  req({ measure: z.literal('return-visits'), min: CountSchema }),
  /** Records kept at least this long. */
  req({ measure: z.literal('retention'), min: DurationSchema }),
  /** The warranty certificate handed over within this time of acceptance. */
  req({ measure: z.literal('certificate'), max: DurationSchema }),
  /** The hotline staffed 7×24 (or 5×8). */
  req({ measure: z.literal('hotline'), promise: z.enum(['7x24', '5x8']) }),
  /** A "must provide" clause: loaners, spare parts, resident engineers — at least `min` of them (default 1). */
  req({ measure: z.literal('provide'), item: z.enum(PROVISIONS), min: CountSchema.optional() }),
  /**
   * A clause with no number (服务态度, 配合验收 …), answered in words. Judged 无偏离 unless
   * `deviation` says otherwise.
   */
  req({
    measure: z.literal('statement'),
    /** Our answer, as the 投标文件应答 column prints it. */
    answer: LocalizedTextSchema,
    deviation: z.enum(['positive', 'none', 'negative']).optional(),
  }),
  ])
  .superRefine((r, ctx) => {
    if (r.measure === 'sla' && (r.max === undefined) === (r.min === undefined)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: r.max === undefined ? [] : ['min'],
        message: 'an sla requirement states exactly one bound: `max` (at most, e.g. on site within 4 hours) or `min` (at least, e.g. no recurrence within 3 months)',
      });
    }
  });
export type Requirement = z.infer<typeof RequirementSchema>;

export const BidSchema = z
  .object({
    title: LocalizedTextSchema,
    project: z
      .object({
        name: LocalizedTextSchema,
        location: LocalizedTextSchema,
        /** The zone the site is in, seen from our nearest office. */
        zone: IdSchema.optional(),
        /** Systems in scope: each needs a maintenance schedule. */
        systems: z.array(IdSchema).min(1),
        /** Statutory work categories in the works. */
        workCategories: z.array(IdSchema).default([]),
      })
      .strict(),
    client: z.object({ name: LocalizedTextSchema, contact: LocalizedTextSchema.optional() }).strict(),
    tender: z
      .object({
        number: z.string().min(1),
        title: LocalizedTextSchema.optional(),
        issued: DateSchema,
        deadline: DateSchema,
      })
      .strict(),
    /** The date the bid is signed. */
    date: DateSchema,
    /** The planned completion acceptance, from which the warranty runs. */
    plannedAcceptance: DateSchema.optional(),
    /** The technical volume is anonymous (暗标): no bidder identity may appear in it. */
    anonymous: z.boolean().default(false),
    /** Which of our content this bid uses (ids of entries). */
    applies: z
      .object({
        serviceLevels: z.array(IdSchema).min(1),
        warranty: IdSchema,
        visits: IdSchema,
        complaints: IdSchema,
        records: IdSchema,
        team: IdSchema,
        resources: IdSchema,
        courses: z.array(IdSchema).default([]),
        maintenance: z.array(IdSchema).default([]),
        procedures: z.array(IdSchema).default([]),
        handover: IdSchema.optional(),
      })
      .strict(),
    /** Per-bid promises that replace ours where their conditions cover them. */
    overrides: z
      .object({
        commitments: z.array(CommitmentSchema).default([]),
        /**
         * Targets whose whole tier set the bid's commitments replace (a tender with its own
         * time windows): every applied commitment of these targets is dropped.
         */
        replace: z.array(TargetSchema).default([]),
        freeWarranty: z.array(FreeWarrantySchema).default([]),
      })
      .strict()
      .default({}),
    requirements: z.array(RequirementSchema).default([]),
  })
  .strict();

export type Bid = z.infer<typeof BidSchema>;
