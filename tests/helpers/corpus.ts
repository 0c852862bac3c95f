/**
 * The hostile corpus's cases (tests/corpus/<area>/<case>/): reading a case and laying out
 * its throw-away project. Shared by the test that pins each case and by the benchmark
 * that measures the worst time and memory over all of them.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { load } from 'js-yaml';

/** The parts Word needs around a body of WordprocessingML. */
function docxParts(body: string): Record<string, Uint8Array> {
  return {
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`),
  };
}

export const CORPUS = join(import.meta.dirname, '../corpus');
const BASE = join(import.meta.dirname, '../fixtures/base');
export const BIN = join(import.meta.dirname, '../../bin/aftercare.mjs');

export interface Case {
  /** Arguments after `aftercare`; `<root>` is the project folder. Default: validate --root <root>. */
  args?: string[];
  /** Lay the base project under the case's files (default true). */
  base?: boolean;
  /** Text fed to standard input. */
  stdin?: string;
  /** Made before the run: links, pipes and generated files. */
  setup?: Setup[];
  /** Exit code expected (also pinned in expected.txt). */
  exit: number;
  /**
   * Known to fail today, and why (an open issue's work): the case is listed as skipped with
   * this reason, and is run by the benchmark to show where it stands.
   */
  pending?: string;
}

type Setup =
  | { link: string; to: string }
  | { fifo: string }
  | { generate: string; text: string; times: number; before?: string; after?: string }
  /** A .docx whose body is `before + body × times + after` (raw WordprocessingML), or a zip with other `parts`. */
  | { docx: string; body?: string; times?: number; before?: string; after?: string; parts?: Record<string, string>; junk?: number }
  | { bytes: string; hex: string };

export const cases = readdirSync(CORPUS)
  .filter((area) => statSync(join(CORPUS, area)).isDirectory())
  .flatMap((area) => readdirSync(join(CORPUS, area)).filter((c) => existsSync(join(CORPUS, area, c, 'case.yaml'))).map((c) => `${area}/${c}`))
  .sort();

/** Every file under a folder, with its size, to prove a run wrote only where it may. */
export function listing(root: string): Map<string, number> {
  const out = new Map<string, number>();
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop()!;
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      // lstat: links are listed, never followed (some cases are loops).
      const st = lstatSync(full, { throwIfNoEntry: false });
      if (!st) continue;
      if (st.isDirectory()) stack.push(full);
      else out.set(relative(root, full), st.isFile() ? st.size : -1);
    }
  }
  return out;
}

export function prepare(name: string, spec: Case): string {
  const root = mkdtempSync(join(tmpdir(), 'aftercare-corpus-'));
  if (spec.base !== false) cpSync(BASE, root, { recursive: true });
  const files = join(CORPUS, name, 'files');
  if (existsSync(files)) cpSync(files, root, { recursive: true });
  for (const step of spec.setup ?? []) {
    if ('link' in step) {
      mkdirSync(dirname(join(root, step.link)), { recursive: true });
      symlinkSync(step.to.startsWith('/') ? step.to : join(root, step.to), join(root, step.link));
    } else if ('fifo' in step) {
      mkdirSync(dirname(join(root, step.fifo)), { recursive: true });
      spawnSync('mkfifo', [join(root, step.fifo)]);
    } else if ('docx' in step) {
      mkdirSync(dirname(join(root, step.docx)), { recursive: true });
      const body = `${step.before ?? ''}${(step.body ?? '').repeat(step.times ?? 1)}${step.after ?? ''}`;
      const parts = step.parts ? Object.fromEntries(Object.entries(step.parts).map(([k, v]) => [k, strToU8(v)])) : docxParts(body);
      for (let i = 0; i < (step.junk ?? 0); i++) parts[`junk/${i}.xml`] = strToU8('x');
      writeFileSync(join(root, step.docx), zipSync(parts, { level: 9 }));
    } else if ('generate' in step) {
      mkdirSync(dirname(join(root, step.generate)), { recursive: true });
      writeFileSync(join(root, step.generate), `${step.before ?? ''}${step.text.repeat(step.times)}${step.after ?? ''}`);
    } else {
      mkdirSync(dirname(join(root, step.bytes)), { recursive: true });
      writeFileSync(join(root, step.bytes), Buffer.from(step.hex.replace(/\s+/g, ''), 'hex'));
    }
  }
  return root;
}


export const readCase = (name: string) => load(readFileSync(join(CORPUS, name, 'case.yaml'), 'utf8')) as Case;

/** The command line of a case, with its project folder filled in. */
export const argsOf = (spec: Case, root: string) => (spec.args ?? ['validate', '--root', '<root>']).map((a) => a.replaceAll('<root>', root));
