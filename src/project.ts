/**
 * The whole check of a project folder: load the content, build the model, run the rules.
 * The CLI and the tests call this; it never throws for bad content.
 */
import { loadProject } from './content/load.ts';
import { buildModel } from './model/build.ts';
import type { Model } from './model/model.ts';
import { rules as allRules } from './rules/index.ts';
import { runRules, type Rule } from './rules/define-rule.ts';
import { sortDiagnostics, type Diagnostic } from './diagnostics/diagnostic.ts';
import { TemplateRenderer } from './doc/templates.ts';

export interface CheckResult {
  model: Model;
  diagnostics: Diagnostic[];
  examined: Map<string, number>;
  /** True when the content did not load cleanly and the rules were not run. */
  rulesSkipped: boolean;
}

export function checkProject(root: string, options: { rules?: readonly Rule[] } = {}): CheckResult {
  const loaded = loadProject(root);
  const model = buildModel(loaded.entries, loaded.templates);
  model.root = root;
  // Like a compiler that stops after syntax errors: rules on half-loaded content would
  // only repeat the loader's errors as dangling references.
  if (loaded.diagnostics.some((d) => d.severity === 'error')) {
    return { model, diagnostics: sortDiagnostics(loaded.diagnostics), examined: new Map(), rulesSkipped: true };
  }
  const run = runRules(model, options.rules ?? allRules);
  const templates = options.rules ? [] : checkTemplates(model);
  return {
    model,
    diagnostics: sortDiagnostics([...loaded.diagnostics, ...run.diagnostics, ...templates]),
    examined: run.examined,
    rulesSkipped: false,
  };
}

/** Renders every template for every bid; a template is fine when it renders for all. */
function checkTemplates(model: Model): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const renderer = new TemplateRenderer(model);
  for (const template of model.templates) {
    for (const bid of model.bids) {
      for (const d of renderer.render(template, bid).diagnostics) {
        // The same mistake shows for every bid; report it once.
        const key = `${d.location.file}:${d.location.line}:${d.location.column}:${d.ruleId}`;
        if (seen.has(key)) continue;
        diagnostics.push(d);
        seen.add(key);
      }
    }
  }
  return diagnostics;
}
