/**
 * Parses YAML (a whole file, or Markdown front matter) keeping the position of every
 * node, so that any value can later be located as file:line:col.
 */
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Diagnostic, SourceRef } from '../diagnostics/diagnostic.ts';

export type PathKey = string | number;

export interface YamlSource {
  file: string;
  /** Plain data (parse errors leave it undefined). */
  data: unknown;
  diagnostics: Diagnostic[];
  /** The location of the value at `path`, or of its nearest existing ancestor. */
  locate(path: readonly PathKey[], key?: boolean): SourceRef;
}

/**
 * @param text the YAML text
 * @param lineOffset lines before `text` in the file (front matter starts after `---`)
 */
export function parseYamlSource(file: string, text: string, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const position = (offset: number): { line: number; column: number } => {
    const p = lineCounter.linePos(offset);
    return { line: p.line + lineOffset, column: p.col };
  };
  const refAt = (range: readonly number[] | undefined | null): SourceRef => {
    if (!range) return { file, line: 1 + lineOffset, column: 1 };
    const start = position(range[0] ?? 0);
    const end = position(range[1] ?? range[0] ?? 0);
    return { file, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
  };

  const diagnostics: Diagnostic[] = [];
  for (const error of [...doc.errors, ...doc.warnings]) {
    diagnostics.push({
      ruleId: error.code === 'DUPLICATE_KEY' ? 'parse/duplicate-key' : 'parse/yaml',
      severity: doc.errors.includes(error) ? 'error' : 'warning',
      message: describeYamlError(error.code, error.message),
      location: refAt(error.pos),
      hint:
        error.code === 'DUPLICATE_KEY'
          ? 'Keep one of the two keys: a value stated twice is exactly the contradiction this tool exists to prevent.'
          : 'Check the indentation and quoting here; values containing ": " or starting with "*", "&" or "!" need quotes.',
    });
  }
  const data = doc.errors.length ? undefined : doc.toJS({ maxAliasCount: 100 });

  return {
    file,
    data,
    diagnostics,
    locate(path, key = false) {
      return refAt(findRange(doc, path, key));
    },
  };
}

/** The first line of yaml's message is the useful one; the rest is its own code frame. */
function describeYamlError(code: string, message: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  if (code === 'DUPLICATE_KEY') return 'This key appears twice in the same mapping.';
  return `The YAML cannot be read: ${first.charAt(0).toLowerCase()}${first.slice(1)}.`.replace(/\.\.$/, '.');
}

function findRange(doc: Document, path: readonly PathKey[], key: boolean): readonly number[] | undefined {
  let node: Node | null | undefined = doc.contents as Node | null;
  let range = node?.range ?? undefined;
  for (const [i, step] of path.entries()) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) return range;
      const last = i === path.length - 1;
      if (last && key && isScalar(pair.key)) return pair.key.range ?? range;
      node = pair.value as Node | null;
      range = node?.range ?? (isScalar(pair.key) ? pair.key.range : undefined) ?? range;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step] as Node | undefined;
      if (!item) return range;
      node = item;
      range = item.range ?? range;
    } else {
      return range;
    }
  }
  return range;
}
