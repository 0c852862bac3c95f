/**
 * The shape of a rule (after ESLint's rule modules): metadata with message templates,
 * and a `check` that reads the resolved model and reports through its context.
 * Detection is separate from wording: a rule reports a message id and data.
 */
import type { Diagnostic, Related, Severity, SourceRef } from '../diagnostics/diagnostic.ts';
import type { Model } from '../model/model.ts';

export interface RuleMeta<M extends string> {
  /** Permanent: `group/name`. */
  id: string;
  severity: Severity;
  /** One line for the rule list. */
  title: string;
  /** The law, standard or practice the rule enforces (DOMAIN.md). */
  source: string;
  messages: Record<M, string>;
}

export interface Report<M extends string> {
  messageId: M;
  data?: Record<string, string | number>;
  location: SourceRef;
  related?: Related[];
  hint?: string;
  /** Overrides the rule's severity for this one report. */
  severity?: Severity;
}

export interface RuleContext<M extends string> {
  report(r: Report<M>): void;
  /** Counts one thing the rule looked at, so tests can prove the rule was exercised. */
  examined(count?: number): void;
}

export interface Rule<M extends string = string> {
  meta: RuleMeta<M>;
  check(model: Model, ctx: RuleContext<M>): void;
}

export const defineRule = <M extends string>(rule: Rule<M>): Rule<M> => rule;

/** Fills `{{name}}` placeholders; an unknown placeholder is a bug in the rule, so it throws. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => {
    if (!(key in data)) throw new Error(`message placeholder {{${key}}} has no data`);
    return String(data[key]);
  });
}

export interface RuleRun {
  diagnostics: Diagnostic[];
  /** Rule id → things examined. */
  examined: Map<string, number>;
}

export function runRules(model: Model, rules: readonly Rule[]): RuleRun {
  const diagnostics: Diagnostic[] = [];
  const examined = new Map<string, number>();
  for (const rule of rules) {
    examined.set(rule.meta.id, 0);
    rule.check(model, {
      report: (r) =>
        diagnostics.push({
          ruleId: rule.meta.id,
          severity: r.severity ?? rule.meta.severity,
          message: formatMessage(rule.meta.messages[r.messageId] ?? r.messageId, r.data),
          location: r.location,
          ...(r.related?.length ? { related: r.related } : {}),
          ...(r.hint ? { hint: r.hint } : {}),
        }),
      examined: (n = 1) => examined.set(rule.meta.id, examined.get(rule.meta.id)! + n),
    });
  }
  return { diagnostics, examined };
}
