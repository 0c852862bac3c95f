/**
 * The audit command's work: read the documents, audit them (against the content when
 * asked), print the report. Unreadable documents are diagnostics like any other.
 */
import { resolve } from 'node:path';
import { readDocument } from '../audit/read-document.ts';
import { audit, auditDiagnostics, auditJson, type AuditedFile } from '../audit/audit.ts';
import { checkProject } from '../project.ts';
import { bidScope, organisationScope, type Scope } from '../prose/expectations.ts';
import { formatPretty, linesFrom } from '../diagnostics/format-pretty.ts';
import { formatJson } from '../diagnostics/format-json.ts';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Model } from '../model/model.ts';
import { usageError } from './usage-error.ts';
import { UsageUnknownBid } from '../diagnostics/catalogue.ts';

export function runAudit(files: string[], format: 'pretty' | 'json', against: string | undefined, root: string): number {
  const documents: AuditedFile[] = [];
  const unreadable: Diagnostic[] = [];
  for (const file of files) {
    const read = readDocument(file === '-' ? '-' : resolve(file), file);
    if (read.ok) documents.push({ file, text: read.text, ...(read.origins ? { origins: read.origins } : {}) });
    else unreadable.push(read.diagnostic);
  }

  let reference: { model: Model; scope: Scope } | undefined;
  if (against !== undefined) {
    const checked = checkProject(resolve(root));
    const errors = checked.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length) {
      process.stderr.write(`${formatPretty(errors, linesFrom(resolve(root)))}\naftercare audit: the content under ${root} has errors; fix them before auditing against it.\n`);
      return 1;
    }
    const { model } = checked;
    if (against === '') reference = { model, scope: organisationScope(model) };
    else {
      const bid = model.bids.find((b) => b.entry.id === against);
      if (!bid) throw usageError(UsageUnknownBid, { bid: against, bids: model.bids.map((b) => b.entry.id) });
      reference = { model, scope: bidScope(bid) };
    }
  }

  const result = audit(documents, reference);
  const problems = [...unreadable, ...auditDiagnostics(result)];
  if (format === 'json') {
    const json = auditJson(result) as Record<string, unknown>;
    const report = { ...json, ...(reference ? {} : { mismatches: undefined }), ...(unreadable.length ? { unreadable: JSON.parse(formatJson(unreadable)).diagnostics } : {}) };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const texts = new Map(documents.map((d) => [d.file, d.text.split('\n')]));
    const fromRoot = linesFrom(resolve(root));
    const lines = (file: string) => texts.get(file) ?? fromRoot(file);
    const byKind = new Map<string, number>();
    for (const c of result.commitments) byKind.set(c.item.kind, (byKind.get(c.item.kind) ?? 0) + 1);
    const summary = [...byKind].map(([k, n]) => `${k} ${n}`).join(', ');
    const out = problems.length ? `${formatPretty(sortDiagnostics(problems), lines, process.stdout.isTTY === true)}\n` : '';
    process.stdout.write(
      `${out}${documents.length} document(s): ${result.commitments.length} commitment(s)${summary ? ` (${summary})` : ''}; ` +
        `${result.conflicts.length} conflict(s), ${result.blanks.length} blank(s)` +
        `${reference ? `, ${result.mismatches.length} mismatch(es) against ${reference.scope.label}` : ''}.\n`,
    );
  }
  return problems.length ? 1 : 0;
}
