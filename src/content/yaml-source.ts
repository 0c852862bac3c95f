/**
 * Parses YAML (a whole file, or Markdown front matter) keeping the position of every
 * node, so that any value can later be located as file:line:col.
 */
import jsYaml from 'js-yaml';
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Diagnostic, SourceRef } from '../diagnostics/diagnostic.ts';
import { diagnosticFor, ParseDuplicateKey, ParseTooDeep, ParseYaml } from '../diagnostics/catalogue.ts';

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
 * Data comes from js-yaml — the reader Astro uses, so CLI and site read a file alike, and
 * several times faster than a positional parse. Positions come from the `yaml` package,
 * parsed only when a location is actually read (a clean run reads almost none), and to
 * collect every syntax error of a broken file.
 *
 * @param text the YAML text
 * @param lineOffset lines before `text` in the file (front matter starts after `---`)
 */
export function parseYamlSource(file: string, text: string, lineOffset = 0): YamlSource {
  let positional: { doc: Document; lineCounter: LineCounter } | undefined;
  const parsePositional = () => {
    if (!positional) {
      const lineCounter = new LineCounter();
      positional = { doc: parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true }), lineCounter };
    }
    return positional;
  };
  const refAt = (range: readonly number[] | undefined | null): SourceRef => {
    if (!range) return { file, line: 1 + lineOffset, column: 1 };
    const { lineCounter } = parsePositional();
    const start = lineCounter.linePos(range[0] ?? 0);
    const end = lineCounter.linePos(range[1] ?? range[0] ?? 0);
    return { file, line: start.line + lineOffset, column: start.col, endLine: end.line + lineOffset, endColumn: end.col };
  };

  let data: unknown;
  const diagnostics: Diagnostic[] = [];
  // Both YAML readers recurse once per level: refuse absurd nesting before they overflow.
  const deep = tooDeep(text);
  if (deep) {
    diagnostics.push(diagnosticFor(ParseTooDeep, { file, line: deep.line + lineOffset, column: deep.column }, { limit: MAX_NESTING }));
    return { file, data: undefined, diagnostics, locate: () => ({ file, line: 1 + lineOffset, column: 1 }) };
  }
  try {
    data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA, filename: file });
  } catch (error) {
    if (!(error instanceof jsYaml.YAMLException)) throw error;
    const { doc } = parsePositional();
    for (const e of doc.errors) {
      diagnostics.push(yamlDiagnostic(e.code, e.message, refAt(e.pos)));
    }
    if (diagnostics.length === 0) {
      // Only js-yaml objects (e.g. a tag it does not know): use its own position.
      const mark = error.mark;
      diagnostics.push(yamlDiagnostic('JS_YAML', error.reason, { file, line: (mark?.line ?? 0) + 1 + lineOffset, column: (mark?.column ?? 0) + 1 }));
    }
    data = undefined;
  }

  return {
    file,
    data,
    diagnostics,
    locate(path, key = false) {
      return lazyRef(file, () => refAt(findRange(parsePositional().doc, path, key)));
    },
  };
}

/** Deeper than any real content; well below where the YAML readers' recursion overflows. */
export const MAX_NESTING = 64;

/**
 * The first place where flow brackets or block indentation nest deeper than MAX_NESTING,
 * in one pass. Quoted text and comments are skipped roughly (a bracket inside them does
 * not count); an over-estimate only costs a refusal of content no one writes.
 */
function tooDeep(text: string): { line: number; column: number } | undefined {
  const indents: number[] = [];
  let flow = 0;
  let line = 1;
  let lineStart = 0;
  let quote = '';
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      line++;
      lineStart = i + 1;
      atLineStart = true;
      if (quote === "'" || quote === '"') continue;
      quote = '';
      continue;
    }
    if (atLineStart && ch !== ' ' && ch !== '-') {
      atLineStart = false;
      if (ch !== '#' && flow === 0) {
        const indent = i - lineStart;
        while (indents.length && indents[indents.length - 1]! >= indent) indents.pop();
        indents.push(indent);
        if (indents.length > MAX_NESTING) return { line, column: indent + 1 };
      }
    }
    if (quote) {
      if (ch === quote && (quote !== '"' || text[i - 1] !== '\\')) quote = '';
      continue;
    }
    // A quote opens a string only where a value or key can start (not "contractor's").
    if ((ch === '"' || ch === "'") && (i === lineStart || /[\s:[{,]/.test(text[i - 1]!))) quote = ch;
    else if (ch === '#' && (i === 0 || /\s/.test(text[i - 1]!))) quote = '#';
    else if (ch === '[' || ch === '{') {
      if (++flow > MAX_NESTING) return { line, column: i - lineStart + 1 };
    } else if ((ch === ']' || ch === '}') && flow > 0) flow--;
  }
  return undefined;
}

function yamlDiagnostic(code: string, message: string, location: SourceRef): Diagnostic {
  // Several documents in one file: yaml's own words ("use parseAllDocuments()") address a programmer.
  if (code === 'MULTIPLE_DOCS') {
    return diagnosticFor(ParseYaml, location, { reason: 'this file holds more than one YAML document (a `---` line after the first one), and a content file holds one entry' }, { hint: 'Put each entry in a file of its own, or remove the `---` line.' });
  }
  return code === 'DUPLICATE_KEY' ? diagnosticFor(ParseDuplicateKey, location) : diagnosticFor(ParseYaml, location, { reason: yamlReason(message) });
}

/**
 * A location computed on first read: the model records one for every node, but only the
 * few that end up in a diagnostic or an export are ever looked at.
 */
function lazyRef(file: string, resolve: () => SourceRef): SourceRef {
  let cached: SourceRef | undefined;
  const ref = { file } as SourceRef;
  for (const key of ['line', 'column', 'endLine', 'endColumn'] as const) {
    Object.defineProperty(ref, key, { enumerable: true, get: () => {
      cached ??= resolve();
      return cached[key];
    } });
  }
  return ref;
}

/** The first line of yaml's message is the useful one; the rest is its own code frame. */
function yamlReason(message: string): string {
  const first = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return `${first.charAt(0).toLowerCase()}${first.slice(1)}`.replace(/\.$/, '');
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
