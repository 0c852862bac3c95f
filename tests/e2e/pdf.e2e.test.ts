/**
 * The PDFs aftercare writes itself (src/layout, src/render/pdf), every document of every bid
 * of both bundled bids and of the second example project, in both languages, checked with
 * the tools a reader's machine has:
 * - `qpdf --check`: the structure is sound;
 * - `pdffonts`: every font embedded, with a ToUnicode map (text can be copied and searched);
 * - `pdftotext`: every value the document model resolved from the typed content is there;
 * - `aftercare audit doc.pdf --against BID`: no conflict and no mismatch;
 * - the 暗标 volume's PDF text holds nothing that names the bidder;
 * - pages drawn by poppler with a fontconfig that holds no font at all, so only the embedded
 *   fonts can draw the Chinese: no page is blank, and no page needs a substitute font.
 * Needs `scripts/install-e2e-deps.sh` (run by `npm run test:e2e`).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Document } from '../../src/document/nodes.ts';
import { identifyingTexts } from '../../src/document/anonymity.ts';
import { checkProject } from '../../src/project.ts';
import { documentsOf, LOCALES, render } from '../../src/render/outputs.ts';
import { unwrappedText } from '../../src/text/unwrap.ts';

/** Paper for the field and the classroom, not the tender: it repeats the plan's schedules and courses, not its promises. */
const FIELD_FORMS: ReadonlySet<string> = new Set(['checklist', 'year-plan', 'course-pack']);

const root = join(import.meta.dirname, '../..');
const BIN = join(root, 'bin/aftercare.mjs');
const projects = { bundled: root, 'second example': join(root, 'examples/antai-security') };
const work = mkdtempSync(join(tmpdir(), 'aftercare-pdf-e2e-'));

interface Written {
  project: string;
  bid: string;
  doc: Document;
  pdf: string;
  /** What names the bidder: none of it may stand in the 暗标 volume's text. */
  identifying: string[];
}
const written: Written[] = [];
const squash = (s: string) => s.replace(/\s+/g, '');

beforeAll(async () => {
  for (const [name, dir] of Object.entries(projects)) {
    const { model } = checkProject(dir);
    for (const bid of model.bids) {
      for (const locale of LOCALES) {
        for (const doc of documentsOf(model, bid, locale, undefined, ['pdf']).documents) {
          const pdf = join(work, `${name.replace(/\s/g, '-')}--${bid.entry.id}--${doc.meta.kind}${doc.meta.part ? `-${doc.meta.part}` : ''}.${locale}.pdf`);
          writeFileSync(pdf, await render(doc, 'pdf'));
          written.push({ project: dir, bid: bid.entry.id, doc, pdf, identifying: model.organisation ? identifyingTexts(model.organisation).map((i) => i.text) : [] });
        }
      }
    }
  }
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('every PDF aftercare writes', () => {
  it('passes qpdf --check', () => {
    expect(written.length).toBeGreaterThanOrEqual(50);
    const bad = written.filter((w) => spawnSync('qpdf', ['--check', w.pdf], { encoding: 'utf8' }).status !== 0).map((w) => w.pdf);
    expect(bad).toEqual([]);
  });

  it('embeds every font, each with a ToUnicode map', () => {
    const bad: string[] = [];
    for (const w of written) {
      const rows = execFileSync('pdffonts', [w.pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
      expect(rows.length, w.pdf).toBeGreaterThan(0);
      for (const row of rows) {
        // name type encoding emb sub uni object ID: emb and uni are the 4th and 2nd from the end but the id.
        const cols = row.trim().split(/\s+/);
        const [emb, , uni] = cols.slice(-5, -2);
        if (emb !== 'yes' || uni !== 'yes') bad.push(`${w.pdf}: ${row}`);
      }
    }
    expect(bad).toEqual([]);
  });

  it('shows every value resolved from the typed content', () => {
    const missing: string[] = [];
    for (const w of written) {
      const raw = execFileSync('pdftotext', [w.pdf, '-'], { encoding: 'utf8' });
      const text = squash(unwrappedText(raw)?.text ?? raw);
      for (const block of w.doc.blocks) {
        const runs = block.kind === 'paragraph' ? [block.runs] : block.kind === 'table' ? block.rows.flatMap((row) => row.map((c) => c.runs)) : block.kind === 'list' ? block.items : [];
        for (const run of runs.flat()) if (run.kind === 'value' && !text.includes(squash(run.text))) missing.push(`${w.pdf}: ${run.text}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('audits clean against its bid: no conflict, no mismatch', () => {
    const wrong: string[] = [];
    let findings = 0;
    for (const w of written) {
      const out = spawnSync(process.execPath, [BIN, 'audit', w.pdf, '--against', w.bid, '--format', 'json', '--root', w.project], { encoding: 'utf8' });
      const report = JSON.parse(out.stdout) as { commitments: unknown[]; conflicts: { reason: string }[]; mismatches: unknown[] };
      // A field form (a checklist, the year plan) is audited too, but states few commitments: not counted.
      if (!FIELD_FORMS.has(w.doc.meta.kind)) findings += report.commitments.length;
      const conflicts = report.conflicts.filter((c) => !(w.doc.meta.kind === 'deviation' && c.reason === 'requirement-not-met'));
      if (conflicts.length || report.mismatches.length) wrong.push(`${w.pdf}: ${conflicts.length} conflicts, ${report.mismatches.length} mismatches`);
    }
    expect(wrong).toEqual([]);
    expect(findings).toBeGreaterThan(written.filter((x) => !FIELD_FORMS.has(x.doc.meta.kind)).length * 30);
  });

  it('the 暗标 volume names the bidder nowhere in its PDF text', () => {
    const volumes = written.filter((w) => w.doc.meta.kind === 'proposal-anonymous');
    expect(volumes.length).toBeGreaterThanOrEqual(6);
    const leaks: string[] = [];
    for (const w of volumes) {
      const text = squash(execFileSync('pdftotext', [w.pdf, '-'], { encoding: 'utf8' }));
      for (const id of w.identifying) if (text.includes(squash(id))) leaks.push(`${w.pdf}: ${id}`);
    }
    expect(leaks).toEqual([]);
    // The check can fail: the named plan of the same bid holds the bidder's name.
    const named = written.find((w) => w.doc.meta.kind === 'proposal')!;
    expect(named.identifying.some((id) => squash(execFileSync('pdftotext', [named.pdf, '-'], { encoding: 'utf8' })).includes(squash(id)))).toBe(true);
  });

  it('draws every page with its own fonts only: none blank with no system font at all', () => {
    // A fontconfig with one empty font folder: poppler has nothing to substitute.
    const empty = join(work, 'no-fonts');
    mkdirSync(empty, { recursive: true });
    const conf = join(work, 'fonts.conf');
    writeFileSync(conf, `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><dir>${empty}</dir><cachedir>${join(work, 'fc-cache')}</cachedir></fontconfig>\n`);
    const env = { ...process.env, FONTCONFIG_FILE: conf };
    const blank: string[] = [];
    for (const w of written) {
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [w.pdf], { encoding: 'utf8' }))![1]);
      for (let p = 1; p <= pages; p++) {
        const r = spawnSync('pdftoppm', ['-gray', '-r', '20', '-f', String(p), '-l', String(p), w.pdf], { env, maxBuffer: 1 << 24 });
        expect(r.status, `${w.pdf} p. ${p}: ${r.stderr}`).toBe(0);
        // A PGM: header, then one byte a pixel; ink is what is not white.
        const data = r.stdout as Buffer;
        const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(data.subarray(0, 40).toString('latin1'))!;
        const pixels = data.subarray(header[0].length);
        let ink = 0;
        for (const v of pixels) if (v < 128) ink++;
        // Text, not just the header rule: a hundred dark pixels at 20 dpi.
        if (ink < 100) blank.push(`${w.pdf} p. ${p} (${ink})`);
      }
    }
    expect(blank).toEqual([]);
  });
});
