/**
 * The warranty as tables and lists, for the plan's warranty chapter and the 质量保修书: free
 * warranty periods per asset class, statutory periods per work category (Art. 40), what is
 * free, what is excluded. Periods are the bid's own (overrides included).
 */
import { START_EVENT_LABELS } from '../../model/labels.ts';
import type { Document } from '../nodes.ts';
import { blankDate, durationRun, nameOf, pick, say } from '../words.ts';
import { DocumentWriter } from '../writer.ts';
import { type BuildContext, bidderName, metaOf } from './context.ts';

export function writeWarranty(cx: BuildContext, w: DocumentWriter, level: 1 | 2 | 3, formal = false): void {
  const { locale } = cx;
  const warranty = cx.bid.warranty?.data;
  const sub = (level + 1) as 2 | 3 | 4;
  w.heading(sub, pick(locale, { zh: '免费保修期', en: 'Free warranty periods' }));
  const start = warranty ? START_EVENT_LABELS[warranty.start][locale] : '';
  w.table(
    [3, 2, 3, 6],
    [pick(locale, { zh: ['保修范围', '保修期', '起算', '说明'], en: ['Covers', 'Free warranty', 'From', 'Notes'] })],
    cx.bid.freeWarranty.map((f) => [
      f.data.asset ? nameOf(cx.names, 'asset', f.data.asset, locale) : pick(locale, { zh: '整体工程', en: 'The works as a whole' }),
      [durationRun(f.data.period, locale, formal)],
      f.data.start ? START_EVENT_LABELS[f.data.start][locale] : start,
      f.data.note ? say(f.data.note, locale) : '—',
    ]),
  );
  const law = cx.model.entries.law[0]?.data;
  if (warranty?.statutory.length) {
    w.heading(sub, pick(locale, { zh: '法定最低保修期限', en: 'Statutory minimum warranty periods' }));
    w.table(
      [6, 3],
      [pick(locale, { zh: ['工程类别', '保修期限'], en: ['Part of the works', 'Statutory warranty'] })],
      warranty.statutory.map((s) => {
        const category = law?.categories.find((c) => c.id === s.category);
        return [
          category ? say(category.name, locale) : s.category,
          s.period === 'design-life' ? pick(locale, { zh: '设计文件规定的合理使用年限', en: 'the design life of the works' }) : [durationRun(s.period, locale, formal)],
        ];
      }),
    );
  }
  if (warranty) {
    w.heading(sub, pick(locale, { zh: '保修期内外的服务', en: 'Service during and after the warranty' }));
    if (warranty.inWarranty) w.paragraph(say(warranty.inWarranty.description, locale));
    if (warranty.afterWarranty) w.paragraph(say(warranty.afterWarranty.description, locale));
    if (warranty.exclusions.length) {
      w.heading(sub, pick(locale, { zh: '不属于保修范围的情形', en: 'What the warranty does not cover' }));
      w.list(warranty.exclusions.map((e) => [say(e, locale)]), true);
    }
  }
}

export function warrantyCertificate(cx: BuildContext): Document {
  const { locale } = cx;
  const bid = cx.bid.entry.data;
  const w = new DocumentWriter(locale);
  const title = pick(locale, { zh: '工程质量保修书', en: 'Warranty certificate' });
  w.title(title);
  w.keyValue([
    { key: pick(locale, { zh: '工程名称', en: 'Works' }), value: say(bid.project.name, locale) },
    { key: pick(locale, { zh: '工程地点', en: 'Location' }), value: say(bid.project.location, locale) },
    { key: pick(locale, { zh: '发包人', en: 'Client' }), value: say(bid.client.name, locale) },
    { key: pick(locale, { zh: '承包人', en: 'Contractor' }), value: bidderName(cx) },
  ]);
  w.paragraph(
    pick(locale, {
      zh: '为保证本工程在合理使用期限内正常使用，发包人、承包人经协商一致，就本工程质量保修事项约定如下。',
      en: 'So that the works serve as intended throughout their service life, the client and the contractor agree on the warranty of the works as follows.',
    }),
  );
  w.heading(1, pick(locale, { zh: '保修范围及保修期限', en: 'Scope and periods' }));
  writeWarranty(cx, w, 1, locale === 'zh');
  w.heading(1, pick(locale, { zh: '保修责任', en: 'Obligations' }));
  w.list(
    pick(locale, {
      zh: [
        ['属于保修范围的项目，承包人接到保修通知后按本工程售后服务承诺的时限响应并派员维修。'],
        ['发生紧急抢修事故的，承包人接到事故通知后立即到达现场抢修。'],
        ['保修完成后由发包人组织验收。'],
      ],
      en: [
        ['For anything within the warranty, the contractor responds and sends engineers within the times of its after-sales commitments for these works.'],
        ['In an emergency, the contractor goes to the site at once on being told.'],
        ['The client accepts each repair when it is done.'],
      ],
    }),
    true,
  );
  // Signed by both parties: the contractor (the bidder) and the client.
  w.push({
    kind: 'signature',
    lines: [
      { label: pick(locale, { zh: '承包人（盖章）：', en: 'Contractor (seal): ' }), value: bidderName(cx) },
      { label: pick(locale, { zh: '发包人（盖章）：', en: 'Client (seal): ' }), value: say(bid.client.name, locale) },
    ],
    date: blankDate(locale),
  });
  return { meta: metaOf(cx, 'warranty-certificate', title), blocks: w.blocks };
}
