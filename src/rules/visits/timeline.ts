/**
 * Return visits on the calendar: each planned visit dated from completion acceptance
 * (`after`) or back from the end of the free warranty (`before`), for each bid that applies
 * the plan. Without a planned acceptance date a nominal one is used; only a visit dated in
 * days or weeks right on a year boundary can depend on it.
 */
import type { Entry } from '../../content/load.ts';
import { addDuration, latestEnd, parseDate, type CalendarDate } from '../../model/dates.ts';
import type { BidNode, FreeWarrantyNode, Model } from '../../model/model.ts';
import { warrantyContexts } from '../warranty/shared.ts';

const NOMINAL_ACCEPTANCE: CalendarDate = { year: 2001, month: 1, day: 1 };

export interface VisitTimeline {
  bid?: BidNode;
  /** Completion acceptance: the bid's planned date, or a nominal one. */
  start: CalendarDate;
  /** The free warranty that ends last, and its last day; undefined when none has a calendar end. */
  warranty?: { node: FreeWarrantyNode; end: CalendarDate };
  /** The date of each scheduled visit, by schedule index; undefined when it cannot be dated. */
  dates: (CalendarDate | undefined)[];
}

export function visitTimelines(model: Model, plan: Entry<'visits'>): VisitTimeline[] {
  return warrantyContexts(model, (b) => b.visits, plan).map(({ bid, free }) => {
    const planned = bid?.entry.data.plannedAcceptance;
    const start = (planned && parseDate(planned)) || NOMINAL_ACCEPTANCE;
    const longest = latestEnd(start, free, (f) => f.data.period);
    const warranty = longest && { node: longest.item, end: longest.end };
    const dates = plan.data.schedule.map((s) =>
      s.after ? addDuration(start, s.after) : warranty && s.before ? addDuration(warranty.end, s.before, -1) : undefined,
    );
    return { bid, start, warranty, dates };
  });
}

/** Whose warranty a timeline follows, for messages. */
export const contextOf = (t: VisitTimeline) => (t.bid ? `bid "${t.bid.entry.id}"` : 'no bid applies this plan; the longest of any warranty entry');
