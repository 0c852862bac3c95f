/**
 * The resolved model: every entry, the vocabulary as computable sets, the commitments
 * in comparable form, and each bid with the content it applies. Pure data; every node
 * keeps the location it came from.
 */
import type { SourceRef } from '../diagnostics/diagnostic.ts';
import type { Entry } from '../content/load.ts';
import type { LoadedTemplate } from '../content/load-templates.ts';
import type { CollectionName } from '../schema/index.ts';
import type { Duration, Event, FreeWarranty, Target } from '../schema/index.ts';
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
  /** Windows defined as complements of each other in a loop: each loop once, with where each step is written. */
  windowCycles: { ids: string[]; at: SourceRef[] }[];
}

export interface CommitmentNode {
  target: Target;
  /** `max`: at most (within); `min`: at least. */
  bound: 'max' | 'min';
  duration: Duration;
  /** Calendar minutes; undefined when not computable (see duration.ts). */
  span?: Span;
  /** The event the time runs from (`report` unless the commitment says otherwise). */
  from: Event;
  when: ResolvedConditions;
  /** The commitment item, and its duration value. */
  at: SourceRef;
  valueAt: SourceRef;
  /** Where it comes from: a service-levels entry id, or `bid:<id>` for an override. */
  origin: string;
}

/**
 * A commitment timed from another event (修复 within 48 h of arrival), resolved along its
 * chain: one case per combination of the earlier steps' tiers, each with the worst time
 * from the fault report.
 */
export interface ChainNode {
  commitment: CommitmentNode;
  cases: ChainCase[];
  /** Where the chain cannot be resolved: a step with no commitment under these conditions, or a loop. */
  broken?: { reason: 'no-step' | 'cycle'; event: Event; path: CommitmentNode[] };
}

export interface ChainCase {
  /** Where this case holds: the commitment's conditions met with each earlier step's. */
  when: ResolvedConditions;
  /** The steps from the report, earliest first, ending with the commitment itself. */
  path: CommitmentNode[];
  /** Calendar minutes from the fault report, adding the steps' spans. */
  fromReport: Span;
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
  /** Each commitment timed from another event, added up to the worst case from the report. */
  chains: ChainNode[];
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
  /** The chains of each service-levels entry's commitments (a bid's are in the bid). */
  chains: ChainNode[];
  bids: BidNode[];
  /** The prose templates (templates/<locale>/*.hbs), rendered per bid. */
  templates: LoadedTemplate[];
  refs: ReferenceTable;
  /** The project folder the content was loaded from (entries' files are relative to it). */
  root?: string;
}
