/**
 * Every number our prose states as a commitment must be the typed value under the same
 * conditions, or a placeholder that renders it. Sentences are where pasted-together plans
 * contradict themselves ("质保期贰年" in one chapter, "一年" in another); the typed model
 * alone cannot see them.
 */
import { defineRule } from '../define-rule.ts';
import type { SourceRef } from '../../diagnostics/diagnostic.ts';
import type { Model } from '../../model/model.ts';
import { vocabularyOf } from '../../prose/vocabulary.ts';
import { extract, type TextFinding } from '../../text/index.ts';
import { contentProse, type ProseText } from '../../prose/sources.ts';
import { buildBridge } from '../../prose/bridge.ts';
import { bidScope, describeFinding, judge, organisationScope, type Scope } from '../../prose/expectations.ts';
import { maskTemplate } from '../../prose/template-text.ts';
import { TARGETS } from '../../schema/index.ts';

export default defineRule({
  meta: {
    id: 'prose/typed-values',
    severity: 'error',
    title: 'A number written in prose differs from the typed commitment, or is left blank',
    source: 'DOMAIN.md check 9: every number in prose that states a commitment equals the typed value under the same conditions',
    messages: {
      mismatch: '{{message}}',
      blank: 'This sentence gives a time in {{unit}}s but leaves out the number ("{{text}}"): a template never filled in.',
    },
  },
  check(model, ctx) {
    const bridge = buildBridge(model);
    const everywhere = organisationScope(model);
    const vocabulary = vocabularyOf(model);
    const bids = model.bids.map(bidScope);
    const scopesFor = (text: ProseText): Scope[] => {
      const bid = text.entry?.collection === 'bids' ? model.bids.find((b) => b.entry === text.entry) : undefined;
      if (bid) return [bidScope(bid)];
      return text.entry ? [everywhere] : bids.length ? bids : [everywhere];
    };

    for (const text of [...contentProse(model), ...templateProse(model)]) {
      if (!MAY_STATE_A_COMMITMENT.test(text.text)) continue;
      const { commitments, blanks } = extract(text.text, { vocabulary });
      for (const blank of blanks) {
        if (onPlaceholder(text, blank.source.offset, blank.source.length)) continue;
        ctx.examined();
        ctx.report({
          messageId: 'blank',
          data: { unit: blank.unit, text: blank.source.text.trim() },
          location: positionIn(text, blank.source),
          hint: 'Write the number as a placeholder that reads the typed value, e.g. {{duration (commitment "onsite" zone="city")}}, or delete the sentence.',
        });
      }
      for (const finding of commitments) {
        if (finding.requirement || onPlaceholder(text, finding.source.offset, finding.source.length)) continue;
        ctx.examined();
        for (const scope of scopesFor(text)) {
          const verdict = judge(finding, scope, bridge, model);
          if (verdict.status === 'supported') continue;
          ctx.report({
            messageId: 'mismatch',
            data: { message: verdict.message },
            location: positionIn(text, finding.source),
            related: verdict.expected.slice(0, 6).map((e) => ({ location: e.at, message: `typed: ${e.value} (${e.for})` })),
            hint: hintFor(finding, text),
          });
          break;
        }
      }
    }
  },
});

/**
 * A cheap first look: a text with no numeral, no time unit and no blank line ("__") states
 * no commitment and is not worth the extractor (most texts are names and titles).
 */
const MAY_STATE_A_COMMITMENT =
  /[0-9０-９〇零一二两三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰廿半_＿]|小时|分钟|[天日周月年时季旬每]|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|half|once|twice|daily|weekly|monthly|quarterly|annual(?:ly)?|hours?|minutes?|days?|weeks?|months?|years?|24\/7)\b/i;

interface TemplateProse extends ProseText {
  placeholders: [number, number][];
}

function templateProse(model: Model): TemplateProse[] {
  return model.templates.map((t) => {
    const masked = maskTemplate(t.text);
    return { text: masked.text, placeholders: masked.placeholders, at: { file: t.file, line: 1, column: 1 }, locale: t.locale };
  });
}

function onPlaceholder(text: ProseText, offset: number, length: number): boolean {
  const ranges = (text as Partial<TemplateProse>).placeholders ?? [];
  return ranges.some(([a, b]) => offset < b && a < offset + length);
}

/**
 * Where a finding is in the file. A template is read whole, so its positions are exact;
 * a YAML value is exact on its first line (past an opening quote), else at the value.
 */
function positionIn(text: ProseText, source: { line: number; column: number }): SourceRef {
  const at = text.at;
  if (source.line === 1) {
    const singleLine = at.endLine === undefined || at.endLine === at.line;
    const quoted = singleLine && at.endColumn !== undefined && at.endColumn - at.column === [...text.text].length + 2;
    return { file: at.file, line: at.line, column: at.column + source.column - 1 + (quoted ? 1 : 0) };
  }
  if (at.line === 1 && at.column === 1) return { file: at.file, line: source.line, column: source.column };
  return { file: at.file, line: at.line, column: at.column };
}

function hintFor(finding: TextFinding, text: ProseText): string {
  const template = text.at.file.startsWith('templates/');
  const placeholder =
    finding.kind === 'warranty' ? '{{duration (freeWarranty asset="…")}}'
    : (TARGETS as readonly string[]).includes(finding.kind) ? `{{duration (commitment "${finding.kind}" zone="…")}}`
    : 'a {{…}} placeholder naming the typed field';
  return template
    ? `Replace the number with ${placeholder}, so the text can never disagree with the content.`
    : `State ${describeFinding(finding)} only in the typed fields; in prose, refer to it without the number, or make the typed value and the text agree.`;
}
