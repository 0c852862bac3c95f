/**
 * The contractor itself: who it is, where it sits, how clients reach it, and the
 * vocabulary every commitment is stated in (severity levels, zones, time windows,
 * seasons, asset classes, systems, roles).
 */
import { z } from 'zod';
import { CountSchema, DurationSchema, IdSchema, LocalizedTextSchema, MonthRangeSchema, WeekHoursSchema } from './primitives.ts';

export const OfficeSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    kind: z.enum(['headquarters', 'branch', 'service-point']),
    address: LocalizedTextSchema,
    /** A zone id: where this office is, for reaching sites in that zone. */
    zone: IdSchema.optional(),
  })
  .strict();

export const CHANNEL_KINDS = ['hotline', 'phone', 'mobile', 'fax', 'email', 'web', 'letter', 'wechat'] as const;

export const ChannelSchema = z
  .object({
    id: IdSchema,
    kind: z.enum(CHANNEL_KINDS),
    name: LocalizedTextSchema,
    /** The number, address or URL, as printed. */
    value: z.string().min(1),
    /** When somebody answers; `always` is 7×24. */
    hours: WeekHoursSchema,
    /** The office that answers it. */
    office: IdSchema.optional(),
  })
  .strict();

export const SeverityLevelSchema = z
  .object({
    id: IdSchema,
    /** 1 is the most severe. */
    rank: CountSchema,
    name: LocalizedTextSchema,
    description: LocalizedTextSchema,
    /** A safety or system-down event: the law wants an immediate dispatch for it. */
    emergency: z.boolean().optional(),
  })
  .strict();

export const ZoneSchema = z
  .object({
    id: IdSchema,
    /** 1 is the nearest. */
    rank: CountSchema,
    name: LocalizedTextSchema,
    description: LocalizedTextSchema.optional(),
  })
  .strict();

export const WindowSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    /** The hours of the week this window covers. */
    hours: WeekHoursSchema.optional(),
    /** Or: every hour not in this other window. */
    complementOf: IdSchema.optional(),
  })
  .strict()
  .refine((w) => (w.hours === undefined) !== (w.complementOf === undefined), {
    message: 'a window has either `hours` or `complementOf`, not both and not neither',
  });

export const SeasonSchema = z
  .object({ id: IdSchema, name: LocalizedTextSchema, months: MonthRangeSchema })
  .strict();

/** A kind of fault, for commitments that differ by it (硬件故障 / 软件故障 / 需更换备件 …). */
export const FaultTypeSchema = z
  .object({ id: IdSchema, name: LocalizedTextSchema, description: LocalizedTextSchema.optional() })
  .strict();

export const AssetClassSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    /** The statutory work category (law collection) this asset class falls under, if any. */
    workCategory: IdSchema.optional(),
  })
  .strict();

export const SystemSchema = z
  .object({ id: IdSchema, name: LocalizedTextSchema, description: LocalizedTextSchema.optional() })
  .strict();

export const RoleSchema = z
  .object({
    id: IdSchema,
    name: LocalizedTextSchema,
    /** `staff`: ours; `client`: the client's people we train and report to. */
    side: z.enum(['staff', 'client']),
    duties: LocalizedTextSchema.optional(),
  })
  .strict();

export const ServiceLineSchema = z
  .object({
    /** 1 is the first line the client reaches. */
    level: CountSchema,
    name: LocalizedTextSchema,
    role: IdSchema,
    channels: z.array(IdSchema).min(1),
    /** Hand over to the next line when not solved within this time. */
    escalateAfter: DurationSchema.optional(),
  })
  .strict();

/**
 * A TrueType font of the organisation's own (its licensed 宋体 or 黑体) for the PDFs: a .ttf,
 * or a .ttc collection with the font's index in it. The path is relative to the project folder.
 */
export const FontFileSchema = z
  .object({ file: z.string().min(1), index: z.number().int().min(0).default(0) })
  .strict();

/** How the PDFs are printed. Without `fonts`, the bundled Noto Serif SC and Noto Sans SC are used. */
export const PrintSchema = z
  .object({
    fonts: z
      .object({
        /** Body text (a 宋体), Latin included. */
        body: FontFileSchema.optional(),
        /** Headings, table headers and strong text (a 黑体). */
        bold: FontFileSchema.optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export const OrganisationSchema = z
  .object({
    name: LocalizedTextSchema,
    shortName: LocalizedTextSchema.optional(),
    /** The service tenet, one line. */
    tenet: LocalizedTextSchema.optional(),
    offices: z.array(OfficeSchema).min(1),
    channels: z.array(ChannelSchema).min(1),
    /** The service day that business-clock targets count in (e.g. Mon–Fri 08:00–18:00). */
    serviceHours: WeekHoursSchema.optional(),
    severities: z.array(SeverityLevelSchema).min(1),
    zones: z.array(ZoneSchema).min(1),
    windows: z.array(WindowSchema).default([]),
    seasons: z.array(SeasonSchema).default([]),
    assetClasses: z.array(AssetClassSchema).default([]),
    faultTypes: z.array(FaultTypeSchema).default([]),
    systems: z.array(SystemSchema).default([]),
    roles: z.array(RoleSchema).min(1),
    /** Service lines in escalation order. */
    serviceLines: z.array(ServiceLineSchema).default([]),
    print: PrintSchema.optional(),
  })
  .strict();

export type Organisation = z.infer<typeof OrganisationSchema>;
export type Office = z.infer<typeof OfficeSchema>;
export type Channel = z.infer<typeof ChannelSchema>;
export type SeverityLevel = z.infer<typeof SeverityLevelSchema>;
export type Zone = z.infer<typeof ZoneSchema>;
export type Window = z.infer<typeof WindowSchema>;
export type Season = z.infer<typeof SeasonSchema>;
export type AssetClass = z.infer<typeof AssetClassSchema>;
export type FaultType = z.infer<typeof FaultTypeSchema>;
export type System = z.infer<typeof SystemSchema>;
export type Role = z.infer<typeof RoleSchema>;
