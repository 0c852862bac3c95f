/**
 * Handlebars templates hold prose; the numbers in it are looked up in the typed source
 * through helpers (`{{duration (commitment "onsite" zone="city")}}`), never typed. The
 * only module that imports handlebars. Templates compile with `strict` (a missing field
 * throws) and `knownHelpersOnly`, and every failure becomes a located diagnostic.
 */
import Handlebars from 'handlebars';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { BidNode, Model } from '../model/model.ts';
import type { Duration } from '../schema/primitives.ts';
import { en, zh } from '../schema/localized.ts';
import type { LocalizedText } from '../schema/primitives.ts';
import { formatEn, formatZh } from '../model/duration.ts';
import { resolveConditions, covers, overlaps } from '../model/conditions.ts';
import { TARGETS, type Target } from '../schema/service-level.ts';
import { templateContext, type Locale } from './template-context.ts';

export interface TemplateSource {
  /** Path relative to the project root, e.g. templates/zh/commitment-letter.hbs. */
  file: string;
  text: string;
  locale: Locale;
}

/** A lookup that fails in a way the author can fix (no such commitment, ambiguous …). */
class TemplateLookupError extends Error {}

const HELPERS = ['t', 'duration', 'commitment', 'freeWarranty', 'date'] as const;

function instance(model: Model, bid: BidNode, locale: Locale) {
  const hb = Handlebars.create();
  const text = (v: LocalizedText) => (locale === 'zh' ? zh(v) : en(v));
  hb.registerHelper('t', (v: LocalizedText) => text(v));
  hb.registerHelper('duration', (d: Duration) => (locale === 'zh' ? formatZh(d) : formatEn(d)));
  hb.registerHelper('date', (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    return locale === 'zh' ? `${y}年${m}月${d}日` : new Date(Date.UTC(y!, m! - 1, d!)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  });
  hb.registerHelper('commitment', (target: string, options: { hash: Record<string, string> }) => lookupCommitment(model, bid, target, options.hash));
  hb.registerHelper('freeWarranty', (options: { hash: { asset?: string } }) => lookupFreeWarranty(bid, options.hash.asset));
  return hb;
}

/** The one commitment of the bid for this target whose conditions cover the asked case. */
function lookupCommitment(model: Model, bid: BidNode, target: string, hash: Record<string, string>): Duration {
  if (!(TARGETS as readonly string[]).includes(target)) throw new TemplateLookupError(`"${target}" is not a target (${TARGETS.join(', ')})`);
  const asked = resolveConditions(hash, model.vocabulary);
  const found = bid.commitments.filter((c) => c.target === (target as Target) && overlaps(c.when, asked));
  const exact = found.filter((c) => covers(c.when, asked));
  const values = new Set(found.map((c) => JSON.stringify(c.duration)));
  if (exact.length === 0 || values.size > 1) {
    const cond = Object.entries(hash).map(([k, v]) => `${k}=${v}`).join(' ') || 'no conditions';
    throw new TemplateLookupError(
      found.length === 0
        ? `the bid promises no ${target} target for ${cond}`
        : `the ${target} target has ${values.size} different values across the cases of ${cond}; name the condition (zone=, window=, severity=, season=, asset=)`,
    );
  }
  return exact[0]!.duration;
}

function lookupFreeWarranty(bid: BidNode, asset: string | undefined): Duration {
  const f = bid.freeWarranty.find((w) => w.data.asset === asset);
  if (!f) throw new TemplateLookupError(`the bid has no free warranty${asset ? ` for asset "${asset}"` : ' for the whole works'}`);
  return f.data.period;
}

export interface Rendered {
  text?: string;
  diagnostics: Diagnostic[];
}

export function renderTemplate(source: TemplateSource, model: Model, bid: BidNode): Rendered {
  const hb = instance(model, bid, source.locale);
  const context = templateContext(model, bid, source.locale);
  try {
    // Static pass first: it knows where each placeholder is, which the runtime does not.
    const problems = checkStatically(Handlebars.parse(source.text), context, model, bid, source);
    if (problems.length) return { diagnostics: problems };
    const template = hb.compile(source.text, {
      strict: true,
      knownHelpersOnly: true,
      knownHelpers: Object.fromEntries(HELPERS.map((h) => [h, true])),
      noEscape: true,
    });
    return { text: template(context), diagnostics: [] };
  } catch (error) {
    return { diagnostics: [templateDiagnostic(error as Error, source, bid)] };
  }
}

type Node = hbs.AST.Node;
type Scope = { value: unknown; known: boolean };

/**
 * Walks the template's syntax tree with the data it will render: every path must name
 * a field (the context has every schema field, null when unset), and every lookup with
 * literal arguments must find exactly one value.
 */
function checkStatically(program: hbs.AST.Program, context: unknown, model: Model, bid: BidNode, source: TemplateSource): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (loc: hbs.AST.SourceLocation) => ({ file: source.file, line: loc.start.line, column: loc.start.column + 1 });
  const forBid = `(rendering for bid "${bid.entry.id}")`;

  const resolve = (path: hbs.AST.PathExpression, scopes: Scope[]): Scope => {
    const scope = scopes[scopes.length - 1 - path.depth] ?? { value: undefined, known: false };
    if (path.data || !scope.known) return { value: undefined, known: false };
    let value = scope.value;
    for (const part of path.parts) {
      if (value === null || typeof value !== 'object') return { value: undefined, known: false };
      if (!(part in (value as object))) {
        out.push({
          ruleId: 'template/unknown-placeholder', severity: 'error', location: at(path.loc),
          message: `The placeholder "${path.original}" names nothing in the content ${forBid}.`,
          hint: `Check the spelling; here the fields are: ${Object.keys(value as object).join(', ')}.`,
        });
        return { value: undefined, known: false };
      }
      value = (value as Record<string, unknown>)[part];
    }
    return { value, known: true };
  };

  const expression = (node: hbs.AST.Expression | hbs.AST.SubExpression, scopes: Scope[]): void => {
    if (node.type === 'PathExpression') resolve(node as hbs.AST.PathExpression, scopes);
    else if (node.type === 'SubExpression') call(node as hbs.AST.SubExpression, scopes);
  };

  const call = (node: hbs.AST.MustacheStatement | hbs.AST.SubExpression | hbs.AST.BlockStatement, scopes: Scope[]): void => {
    const name = node.path.type === 'PathExpression' ? (node.path as hbs.AST.PathExpression).original : '';
    const isHelper = node.params.length > 0 || !!node.hash || node.type === 'SubExpression' || (HELPERS as readonly string[]).includes(name);
    if (!isHelper) {
      expression(node.path as hbs.AST.PathExpression, scopes);
      return;
    }
    node.params.forEach((p) => expression(p, scopes));
    node.hash?.pairs.forEach((p) => expression(p.value, scopes));
    // A string argument known before rendering: a literal, or a field of this bid's data.
    const literal = (e: hbs.AST.Expression): string | undefined => {
      if (e.type === 'StringLiteral') return (e as hbs.AST.StringLiteral).value;
      const value = e.type === 'PathExpression' ? resolveQuiet(e as hbs.AST.PathExpression, scopes) : undefined;
      return value?.known && typeof value.value === 'string' ? value.value : undefined;
    };
    const hash = Object.fromEntries((node.hash?.pairs ?? []).map((p) => [p.key, literal(p.value)]));
    const allLiteral = Object.values(hash).every((v) => v !== undefined);
    try {
      if (name === 'commitment' && allLiteral && node.params[0] && literal(node.params[0]) !== undefined) lookupCommitment(model, bid, literal(node.params[0])!, hash as Record<string, string>);
      if (name === 'freeWarranty' && allLiteral) lookupFreeWarranty(bid, hash.asset);
    } catch (error) {
      if (!(error instanceof TemplateLookupError)) throw error;
      out.push({
        ruleId: 'template/lookup', severity: 'error', location: at(node.loc),
        message: `A number in this template cannot be looked up: ${error.message} ${forBid}.`,
        hint: 'State the commitment in content/, or name conditions that exactly one commitment covers.',
      });
    }
  };

  const walk = (node: Node, scopes: Scope[]): void => {
    switch (node.type) {
      case 'Program':
        (node as hbs.AST.Program).body.forEach((n) => walk(n, scopes));
        break;
      case 'MustacheStatement':
        call(node as hbs.AST.MustacheStatement, scopes);
        break;
      case 'BlockStatement': {
        const block = node as hbs.AST.BlockStatement;
        const name = (block.path as hbs.AST.PathExpression).original;
        block.params.forEach((p) => expression(p, scopes));
        const target = block.params[0]?.type === 'PathExpression' ? resolveQuiet(block.params[0] as hbs.AST.PathExpression, scopes) : { value: undefined, known: false };
        let inner: Scope[] = scopes;
        if (name === 'each') {
          const first = Array.isArray(target.value) ? target.value[0] : undefined;
          inner = [...scopes, { value: first, known: target.known && first !== undefined }];
        } else if (name === 'with') inner = [...scopes, target];
        if (block.program) walk(block.program, inner);
        if (block.inverse) walk(block.inverse, scopes);
        break;
      }
      default:
        break;
    }
  };

  // Like resolve, without reporting (the block's parameter was already checked).
  const resolveQuiet = (path: hbs.AST.PathExpression, scopes: Scope[]): Scope => {
    const before = out.length;
    const r = resolve(path, scopes);
    out.length = before;
    return r;
  };

  walk(program, [{ value: context, known: true }]);
  return out;
}

function templateDiagnostic(error: Error, source: TemplateSource, bid: BidNode): Diagnostic {
  const e = error as Error & { lineNumber?: number; column?: number };
  const message = e.message;
  let line = e.lineNumber ?? Number(/on line (\d+)/.exec(message)?.[1] ?? / - (\d+):\d+$/.exec(message)?.[1] ?? 1);
  let column = (e.column ?? Number(/ - \d+:(\d+)$/.exec(message)?.[1] ?? 0)) + 1;
  const notDefined = /^"(.+)" not defined in/.exec(message);
  const unknownHelper = /unknown helper (\S+)/.exec(message);
  const location = { file: source.file, line, column };
  const forBid = `(rendering for bid "${bid.entry.id}")`;
  if (notDefined) {
    return {
      ruleId: 'template/unknown-placeholder', severity: 'error', location,
      message: `The placeholder "${notDefined[1]}" names nothing in the content ${forBid}.`,
      hint: 'Check the spelling against the content schema (see schemas/*.schema.json).',
    };
  }
  if (unknownHelper) {
    return {
      ruleId: 'template/unknown-placeholder', severity: 'error', location,
      message: `The helper "${unknownHelper[1]}" does not exist.`,
      hint: `Helpers: ${HELPERS.join(', ')}.`,
    };
  }
  if (error instanceof TemplateLookupError) {
    return {
      ruleId: 'template/lookup', severity: 'error', location,
      message: `A number in this template cannot be looked up: ${message} ${forBid}.`,
      hint: 'State the commitment in content/, or ask for conditions that one commitment covers.',
    };
  }
  if (/^Parse error/.test(message)) {
    const pointer = message.split('\n')[2] ?? '';
    column = Math.max(1, pointer.indexOf('^') + 1);
    line = Number(/on line (\d+)/.exec(message)?.[1] ?? line);
  }
  return {
    ruleId: 'template/syntax', severity: 'error', location: { file: source.file, line, column },
    message: `The template cannot be read: ${message.split('\n')[0]!.replace(/ - \d+:\d+$/, '')}.`,
    hint: 'Check that every {{#block}} has its {{/block}} and every {{ has its }}.',
  };
}
