/**
 * The organisation's own fonts for its PDFs (`print.fonts`): a good TrueType file is used for
 * its face (embedded under its own name, measured with its own widths), and a file that cannot
 * be used is a located `document/font` error, with nothing built.
 */
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../src/project.ts';
import { documentsOf, render } from '../src/render/outputs.ts';

const require = createRequire(import.meta.url);
const ROOT = join(import.meta.dirname, '..');
const SANS = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');

/** The bundled project with `print` appended to its organisation, and `files` laid in its folder. */
function projectWith(print: string, files: Record<string, Uint8Array | string> = {}, edit?: (root: string) => void) {
  const root = mkdtempSync(join(tmpdir(), 'aftercare-fonts-'));
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  cpSync(join(ROOT, 'templates'), join(root, 'templates'), { recursive: true });
  const org = join(root, 'content/organisation', readdirSync(join(root, 'content/organisation'))[0]!);
  appendFileSync(org, `\n${print}\n`);
  edit?.(root);
  for (const [name, bytes] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), bytes);
  }
  const { model, diagnostics } = checkProject(root);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { model, org };
}

describe("the organisation's own fonts", () => {
  it('print the body text in the named TrueType file, and the headings in the bundled bold', async () => {
    const { model } = projectWith('print:\n  fonts:\n    body: { file: fonts/own.ttf }', { 'fonts/own.ttf': new Uint8Array(require('node:fs').readFileSync(SANS)) });
    const { documents, diagnostics } = documentsOf(model, model.bids[0]!, 'zh', ['letter'], ['pdf']);
    expect(diagnostics).toEqual([]);
    const [letter] = documents;
    expect(letter!.meta.fonts?.body?.file).toMatch(/fonts\/own\.ttf$/);
    const pdf = Buffer.from(await render(letter!, 'pdf')).toString('latin1');
    const names = [...pdf.matchAll(/\/BaseFont \/([A-Z]{6})\+([\w-]+)/g)].map((m) => m[2]);
    // Object streams compress the font dictionaries; read them back.
    const streams = [...pdf.matchAll(/stream\r?\n([\s\S]*?)endstream/g)].map((m) => {
      try {
        return inflateSync(Buffer.from(m[1]!, 'latin1')).toString('latin1');
      } catch {
        return '';
      }
    });
    for (const s of streams) for (const m of s.matchAll(/\/BaseFont \/([A-Z]{6})\+([\w-]+)/g)) names.push(m[2]);
    expect(new Set(names)).toEqual(new Set(['NotoSansSC-Regular', 'NotoSansSC-Bold']));
  });

  const refused = (print: string, files: Record<string, Uint8Array | string> = {}) => {
    const { model, org } = projectWith(print, files);
    const { documents, diagnostics } = documentsOf(model, model.bids[0]!, 'zh', ['letter'], ['pdf']);
    expect(documents).toEqual([]);
    expect(diagnostics).toHaveLength(1);
    const [d] = diagnostics;
    expect(d!.ruleId).toBe('document/font');
    expect(d!.location.file).toBe(org.slice(org.indexOf('content/')));
    expect(d!.location.line).toBeGreaterThan(1);
    return d!.message;
  };

  it('refuse a file that is missing, a folder, a CFF font, a web font or a damaged file — each located at its line', () => {
    expect(refused('print:\n  fonts:\n    body: { file: fonts/simsun.ttc }')).toMatch(/"fonts\/simsun\.ttc" .* no such file/);
    expect(refused('print:\n  fonts:\n    bold: { file: fonts }', { 'fonts/x.txt': 'x' })).toMatch(/bold \(heading\) font "fonts" .*it is a folder/);
    expect(refused('print:\n  fonts:\n    body: { file: a.otf }', { 'a.otf': `OTTO${'\0'.repeat(60)}` })).toMatch(/PostScript \(CFF\).*\.ttf/);
    expect(refused('print:\n  fonts:\n    body: { file: a.woff }', { 'a.woff': `wOFF${'\0'.repeat(60)}` })).toMatch(/WOFF/);
    const whole = new Uint8Array(require('node:fs').readFileSync(SANS));
    expect(refused('print:\n  fonts:\n    body: { file: cut.ttf }', { 'cut.ttf': whole.subarray(0, 5000) })).toMatch(/truncated or damaged/);
    expect(refused('print:\n  fonts:\n    body: { file: own.ttc, index: 2 }', { 'own.ttc': whole })).toMatch(/single font, not a collection/);
  });
});

describe('a character no font has', () => {
  it('stops the PDF, named with its code, and located where it stands in the content', () => {
    let bidFile = '';
    let line = 0;
    const { model } = projectWith('', {}, (root) => {
      const dir = join(root, 'content/bids');
      bidFile = join(dir, readdirSync(dir).sort()[0]!);
      const text = readFileSync(bidFile, 'utf8');
      // A private-use character (a company's own symbol), pasted into the project's name everywhere.
      const name = text.match(/project:\n\s+name: \{ zh: ([^,]+),/)![1]!;
      line = text.slice(0, text.indexOf(name)).split('\n').length;
      writeFileSync(bidFile, text.replaceAll(name, `${name}\uE000`));
    });
    const bid = model.bids.find((b) => bidFile.endsWith(b.entry.file))!;
    const { documents, diagnostics } = documentsOf(model, bid, 'zh', ['letter'], ['pdf']);
    expect(documents).toEqual([]);
    const d = diagnostics.find((x) => x.ruleId === 'document/missing-glyph')!;
    expect(d.message).toContain('(U+E000), which neither of its fonts (Noto Serif SC, Noto Sans SC Bold) can draw');
    expect(d.location.file).toBe(bid.entry.file);
    expect(d.location.line).toBe(line);
    expect(d.location.column).toBeGreaterThan(1);
  });
});
