/**
 * What every document builder reads: the model, the bid it is for, the language, and the
 * content's names for its own ids. Builders never read files.
 */
import { namesOf, type Names } from '../../model/compliance-words.ts';
import type { BidNode, Model } from '../../model/model.ts';
import type { Organisation } from '../../schema/organisation.ts';
import type { DocumentMeta, Locale } from '../nodes.ts';
import { say } from '../words.ts';

export interface BuildContext {
  model: Model;
  bid: BidNode;
  locale: Locale;
  names: Names;
  organisation: Organisation;
  /** 暗标: no bidder-identifying text (name, phone, address, people). */
  anonymous: boolean;
}

export function buildContext(model: Model, bid: BidNode, locale: Locale, anonymous = false): BuildContext {
  const organisation = model.organisation?.data;
  // The checker refuses content without an organisation before any document is built.
  if (!organisation) throw new Error('documents need the organisation entry');
  return { model, bid, locale, names: namesOf(model), organisation, anonymous };
}

/** The bidder as the document may name it: its name, or 投标人 in an anonymous volume. */
export const bidderName = (cx: BuildContext) => (cx.anonymous ? (cx.locale === 'zh' ? '投标人' : 'the bidder') : say(cx.organisation.name, cx.locale));

export function metaOf(cx: BuildContext, kind: string, title: string): DocumentMeta {
  const bid = cx.bid.entry.data;
  const project = say(bid.project.name, cx.locale);
  return {
    kind,
    bid: cx.bid.entry.id,
    locale: cx.locale,
    title,
    subject: project,
    author: bidderName(cx),
    keywords: cx.locale === 'zh' ? ['售后服务', bid.tender.number] : ['after-sales service', bid.tender.number],
    header: project,
    date: bid.date,
  };
}
