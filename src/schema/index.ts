/**
 * Every content collection: its folder under `content/` and its schema. The loader, the
 * Astro site (src/content.config.ts) and the JSON Schema export all read this one table.
 */
import type { z } from 'zod';
import { OrganisationSchema } from './organisation.ts';
import { StatuteSchema } from './law.ts';
import { ServiceLevelSchema } from './service-level.ts';
import { WarrantySchema } from './warranty.ts';
import { VisitPlanSchema } from './visits.ts';
import { ComplaintProcedureSchema } from './complaints.ts';
import { RecordsSchema } from './records.ts';
import { TeamSchema } from './team.ts';
import { ResourcesSchema } from './resources.ts';
import { CourseSchema } from './course.ts';
import { MaintenanceScheduleSchema } from './maintenance.ts';
import { BidSchema } from './bid.ts';
import { ProcedureSchema } from './procedure.ts';
import { HandoverSchema } from './handover.ts';

export const collections = {
  organisation: OrganisationSchema,
  law: StatuteSchema,
  'service-levels': ServiceLevelSchema,
  warranty: WarrantySchema,
  visits: VisitPlanSchema,
  complaints: ComplaintProcedureSchema,
  records: RecordsSchema,
  team: TeamSchema,
  resources: ResourcesSchema,
  courses: CourseSchema,
  maintenance: MaintenanceScheduleSchema,
  procedures: ProcedureSchema,
  handover: HandoverSchema,
  bids: BidSchema,
} as const satisfies Record<string, z.ZodTypeAny>;

export type CollectionName = keyof typeof collections;
export type CollectionData<C extends CollectionName> = z.output<(typeof collections)[C]>;
export const COLLECTION_NAMES = Object.keys(collections) as CollectionName[];

export * from './primitives.ts';
export * from './organisation.ts';
export * from './law.ts';
export * from './service-level.ts';
export * from './warranty.ts';
export * from './visits.ts';
export * from './complaints.ts';
export * from './records.ts';
export * from './team.ts';
export * from './resources.ts';
export * from './course.ts';
export * from './maintenance.ts';
export * from './bid.ts';
export * from './procedure.ts';
export * from './handover.ts';
