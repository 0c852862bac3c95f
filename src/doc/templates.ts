/**
 * Handlebars templates hold prose; the numbers in it are looked up in the typed source
 * through helpers (`{{duration (commitment "onsite" zone="city")}}`), never typed. The
 * only module that imports handlebars. Templates compile with `strict` (a missing field
 * throws) and `knownHelpersOnly`, and every failure becomes a located diagnostic.
 */
import Handlebars from 'handlebars';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnosticFor, TemplateLookup, TemplateSyntax, TemplateUnknownPlaceholder } from '../diagnostics/catalogue.ts';
import type { BidNode, Model } from '../model/model.ts';
import { en, zh } from '../schema/localized.ts';
import type { Duration, LocalizedText } from '../schema/primitives.ts';
import { formatEn, formatZh } from '../time/duration.ts';
import { checkStatically, HELPERS, type TemplateSource } from './template-check.ts';
import { lookupCommitment, lookupFreeWarranty, TemplateLookupError } from './lookups.ts';
import { templateContext, type Locale } from './template-context.ts';

export type { TemplateSource } from './template-check.ts';

/**
 * Renders templates for the bids of one model. Each template is parsed and compiled once;
 * the helpers read the bid being rendered, so one compiled template serves every bid.
 */
export class TemplateRenderer {
  private bid?: BidNode;
  private readonly instances = new Map<Locale, typeof Handlebars>();
  private readonly compiled = new Map<string, { ast: hbs.AST.Program; render?: HandlebarsTemplateDelegate }>();
  private readonly contexts = new Map<string, ReturnType<typeof templateContext>>();

  constructor(private readonly model: Model) {}

  render(source: TemplateSource, bid: BidNode): Rendered {
    // The context is the same data in both locales but for `locale`: build it once per bid.
    let base = this.contexts.get(bid.entry.id);
    if (!base) {
      base = templateContext(this.model, bid, source.locale);
      this.contexts.set(bid.entry.id, base);
    }
    const context = base.locale === source.locale ? base : { ...base, locale: source.locale };
    try {
      const template = this.template(source);
      // Static pass first: it knows where each placeholder is, which the runtime does not.
      const problems = checkStatically(template.ast, context, this.model, bid, source);
      if (problems.length) return { diagnostics: problems };
      // Compiled from the tree already parsed for the static pass: the text is parsed once.
      template.render ??= this.instance(source.locale).compile(template.ast, {
        strict: true,
        knownHelpersOnly: true,
        // `log` writes to the terminal: a template could print fake results into validate's output.
        knownHelpers: { ...Object.fromEntries(HELPERS.map((h) => [h, true])), log: false },
        noEscape: true,
      });
      this.bid = bid;
      return { text: template.render(context), diagnostics: [] };
    } catch (error) {
      return { diagnostics: [templateDiagnostic(error as Error, source, bid)] };
    }
  }

  private template(source: TemplateSource) {
    if (!this.compiled.has(source.file)) {
      // Handlebars parses and compiles recursively: refuse absurd nesting before it overflows.
      const deep = tooDeep(source.text);
      if (deep) throw new TemplateTooDeep(deep.line, deep.column);
      this.compiled.set(source.file, { ast: Handlebars.parse(source.text) });
    }
    return this.compiled.get(source.file)!;
  }

  private instance(locale: Locale) {
    if (this.instances.has(locale)) return this.instances.get(locale)!;
    const hb = Handlebars.create();
    hb.unregisterHelper('log');
    const bid = () => this.bid!;
    hb.registerHelper('t', (v: LocalizedText) => (locale === 'zh' ? zh(v) : en(v)));
    hb.registerHelper('duration', (d: Duration) => (locale === 'zh' ? formatZh(d) : formatEn(d)));
    hb.registerHelper('date', (iso: string) => {
      const [y, m, d] = iso.split('-').map(Number);
      return locale === 'zh' ? `${y}年${m}月${d}日` : new Date(Date.UTC(y!, m! - 1, d!)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    });
    hb.registerHelper('commitment', (target: string, options: { hash: Record<string, string> }) => lookupCommitment(this.model, bid(), target, options.hash));
    hb.registerHelper('freeWarranty', (options: { hash: { asset?: string } }) => lookupFreeWarranty(bid(), options.hash.asset));
    this.instances.set(locale, hb);
    return hb;
  }
}

export interface Rendered {
  text?: string;
  diagnostics: Diagnostic[];
}

/** One template for one bid (a renderer for one use). */
export const renderTemplate = (source: TemplateSource, model: Model, bid: BidNode): Rendered => new TemplateRenderer(model).render(source, bid);

/** Deeper than any real letter; well below where Handlebars' recursion overflows. */
const MAX_BLOCK_NESTING = 64;

class TemplateTooDeep extends Error {
  constructor(readonly lineNumber: number, readonly column: number) {
    super(`blocks are nested more than ${MAX_BLOCK_NESTING} deep`);
  }
}

/** Where {{#block}}s first nest deeper than the limit, in one pass over the text. */
function tooDeep(text: string): { line: number; column: number } | undefined {
  let depth = 0;
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      line++;
      lineStart = i + 1;
    } else if (ch === '{' && text[i + 1] === '{') {
      const tag = text[i + 2] === '~' ? text[i + 3] : text[i + 2];
      if (tag === '#') {
        if (++depth > MAX_BLOCK_NESTING) return { line, column: i - lineStart };
      } else if (tag === '/') depth = Math.max(0, depth - 1);
    }
  }
  return undefined;
}

/** Handlebars' parser reports the token it expected; say what is wrong in words. */
function describeParseError(message: string): string {
  const got = /got '(\w+)'/.exec(message)?.[1];
  if (got === 'EOF') return 'the template ends before a {{ … }} or a {{#block}} is closed';
  if (got === 'CLOSE' && /Expecting 'ID'/.test(message)) return 'a {{ }} with nothing in it';
  if (got === 'INVALID') return 'a character that cannot stand inside {{ }}';
  return got ? `unexpected ${got.toLowerCase().replace(/_/g, ' ')} inside {{ }}` : message.split('\n')[0]!;
}

function templateDiagnostic(error: Error, source: TemplateSource, bid: BidNode): Diagnostic {
  if (error instanceof TemplateTooDeep) {
    return diagnosticFor(TemplateSyntax, { file: source.file, line: error.lineNumber, column: error.column + 1 }, { reason: `its {{#block}}s are nested more than ${MAX_BLOCK_NESTING} deep` }, { hint: 'Close each {{#if}} and {{#each}} with its {{/if}} or {{/each}}; real letters nest a few levels.' });
  }
  const e = error as Error & { lineNumber?: number; column?: number };
  const message = e.message;
  let line = e.lineNumber ?? Number(/on line (\d+)/.exec(message)?.[1] ?? / - (\d+):\d+$/.exec(message)?.[1] ?? 1);
  let column = (e.column ?? Number(/ - \d+:(\d+)$/.exec(message)?.[1] ?? 0)) + 1;
  const notDefined = /^"(.+)" not defined in/.exec(message);
  const unknownHelper = /unknown helper (\S+)/.exec(message);
  const location = { file: source.file, line, column };
  const forBid = `(rendering for bid "${bid.entry.id}")`;
  if (notDefined) return diagnosticFor(TemplateUnknownPlaceholder, location, { placeholder: notDefined[1]!, forBid });
  if (unknownHelper) return diagnosticFor(TemplateUnknownPlaceholder, location, { helper: unknownHelper[1]!, helpers: HELPERS });
  if (error instanceof TemplateLookupError) return diagnosticFor(TemplateLookup, location, { reason: message, forBid, static: false });
  if (/^Parse error/.test(message)) {
    const pointer = message.split('\n')[2] ?? '';
    column = Math.max(1, pointer.indexOf('^') + 1);
    line = Number(/on line (\d+)/.exec(message)?.[1] ?? line);
    // The pointer is placed in an excerpt, which may run past the line's end.
    column = Math.min(column, (source.text.split('\n')[line - 1] ?? '').length + 1);
  }
  const what = /^Parse error/.test(message) ? describeParseError(message) : message.split('\n')[0]!.replace(/ - \d+:\d+$/, '');
  return diagnosticFor(TemplateSyntax, { file: source.file, line, column }, { reason: what });
}
