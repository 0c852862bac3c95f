/**
 * Checks a template before it renders, on its syntax tree and the data it will render
 * with: each placeholder must name a field and each lookup must find one value. Unlike
 * Handlebars' own errors, these know where in the template the mistake is.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import { diagnosticFor, TemplateLookup, TemplateUnknownPlaceholder } from '../diagnostics/catalogue.ts';
import type { LoadedTemplate } from '../content/load-templates.ts';
import type { BidNode, Model } from '../model/model.ts';
import { lookupCommitment, lookupFreeWarranty, TemplateLookupError } from './lookups.ts';

/** Helper names a template may call. */
export const HELPERS = ['t', 'duration', 'commitment', 'freeWarranty', 'date'] as const;


/** A template as loaded: its file (templates/zh/…), text and locale. */
export type TemplateSource = LoadedTemplate;

type Node = hbs.AST.Node;
type Scope = { value: unknown; known: boolean };

/**
 * Walks the template's syntax tree with the data it will render: every path must name
 * a field (the context has every schema field, null when unset), and every lookup with
 * literal arguments must find exactly one value.
 */
export function checkStatically(program: hbs.AST.Program, context: unknown, model: Model, bid: BidNode, source: TemplateSource): Diagnostic[] {
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
        out.push(diagnosticFor(TemplateUnknownPlaceholder, at(path.loc), { placeholder: path.original, forBid, fields: Object.keys(value as object) }));
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
      out.push(diagnosticFor(TemplateLookup, at(node.loc), { reason: error.message, forBid, static: true }));
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
