/**
 * The resolved model: every entry, the vocabulary as computable sets, the commitments
 * in comparable form, and each bid with the content it applies. Pure data; every node
 * keeps the location it came from.
 */
import type { SourceRef } from '../diagnostics/diagnostic.ts';
import type { Entry } from '../content/load.ts';
import type { LoadedTemplate } from '../content/load-templates.ts';
import type { CollectionName } from '../schema/index.ts';
import type { Duration, FreeWarranty, Target } from '../schema/index.ts';
import type { ResolvedConditions } from './conditions.ts';
import type { Span } from '../time/duration.ts';
import type { ReferenceTable } from './references.ts';
import type { WeekSet } from '../time/week.ts';

export type Entries = { [C in CollectionName]: Entry<C>[] };

export interface Ranked {
  id: string;
  rank: number;
  at: SourceRef;
}

export interface Vocabulary {
  severities: Map<string, Ranked & { emergency: boolean }>;
  zones: Map<string, Ranked>;
  windows: Map<string, WeekSet>;
  seasons: Map<string, number>;
  /** Asset class id → its statutory work category, if any. */
  assetCategories: Map<string, string | undefined>;
}

export interface CommitmentNode {
  target: Target;
  /** `max`: at most (within); `min`: at least. */
  bound: 'max' | 'min';
  duration: Duration;
  /** Calendar minutes; undefined when not computable (see duration.ts). */
  span?: Span;
  when: ResolvedConditions;
  /** The commitment item, and its duration value. */
  at: SourceRef;
  valueAt: SourceRef;
  /** Where it comes from: a service-levels entry id, or `bid:<id>` for an override. */
  origin: string;
}

export interface FreeWarrantyNode {
  data: FreeWarranty;
  span?: Span;
  at: SourceRef;
  origin: string;
}

export interface BidNode {
  entry: Entry<'bids'>;
  /** Commitments in force for this bid: applied service levels, overrides replacing what they cover. */
  commitments: CommitmentNode[];
  freeWarranty: FreeWarrantyNode[];
  serviceLevels: Entry<'service-levels'>[];
  warranty?: Entry<'warranty'>;
  visits?: Entry<'visits'>;
  complaints?: Entry<'complaints'>;
  records?: Entry<'records'>;
  team?: Entry<'team'>;
  resources?: Entry<'resources'>;
  courses: Entry<'courses'>[];
  maintenance: Entry<'maintenance'>[];
  procedures: Entry<'procedures'>[];
  handover?: Entry<'handover'>;
}

export interface Model {
  entries: Entries;
  organisation?: Entry<'organisation'>;
  vocabulary: Vocabulary;
  /** The organisation's service hours, for business clocks. */
  serviceHours?: WeekSet;
  /** Every commitment of every service-levels entry (bid overrides are in each bid). */
  commitments: CommitmentNode[];
  bids: BidNode[];
  /** The prose templates (templates/<locale>/*.hbs), rendered per bid. */
  templates: LoadedTemplate[];
  refs: ReferenceTable;
}
