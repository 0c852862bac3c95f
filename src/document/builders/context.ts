/**
 * What every document builder reads: the model, the bid it is for, the language, and the
 * content's names for its own ids. Builders never read files.
 */
import { namesOf, type Names } from '../../model/compliance-words.ts';
import type { BidNode, Model } from '../../model/model.ts';
import type { Organisation } from '../../schema/organisation.ts';
import type { DocumentMeta, Locale, Signature } from '../nodes.ts';
import { blankDate, dateWords, pick, say } from '../words.ts';

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

/**
 * The bidder's signature and seal block: 投标人（盖章） with its name, the legal representative's
 * line when `representative`, and the date (the bid's, or blank to fill in by hand).
 */
export function bidderSignature(cx: BuildContext, representative: boolean, dated = false): Signature {
  const { locale } = cx;
  return {
    kind: 'signature',
    lines: [
      { label: pick(locale, { zh: '投标人（盖章）：', en: 'Bidder (seal): ' }), value: bidderName(cx) },
      ...(representative ? [{ label: pick(locale, { zh: '法定代表人或其委托代理人（签字）：', en: 'Legal representative or authorised agent (signature): ' }), value: '' }] : []),
    ],
    date: dated && !cx.anonymous ? dateWords(cx.bid.entry.data.date, locale) : blankDate(locale),
  };
}

/**
 * The foot of a form filled in on site: our side's signature (`ours`, worded by the form), the
 * client's confirmation, and a date to write in.
 */
export function signOff(locale: Locale, ours: { zh: string; en: string }): Signature {
  return {
    kind: 'signature',
    lines: [
      { label: pick(locale, ours), value: '' },
      { label: pick(locale, { zh: '建设单位确认（签字）：', en: "Client's confirmation (signature): " }), value: '' },
    ],
    date: blankDate(locale),
  };
}
