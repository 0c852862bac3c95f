/**
 * Paper for the field and the classroom. The field engineer's checklists (巡检表): one per
 * maintenance level of each system a bid maintains, holding every check item of that level and of the levels it includes, in the
 * schedule's order — asserted on the document and on the PDF's laid-out page frames — with
 * result boxes, and both sides' signatures; the year plan on one page; the trainer's pack of
 * each course. Bundled bids and the second example project.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { levelsCarriedOut } from '../src/document/builders/checklist.ts';
import { traineeRows } from '../src/document/builders/course-pack.ts';
import type { Document } from '../src/document/nodes.ts';
import { checkProject } from '../src/project.ts';
import { documentsOf } from '../src/render/outputs.ts';
import { layoutOf } from '../src/render/pdf/render-pdf.ts';
import { say } from '../src/document/words.ts';

const ROOT = join(import.meta.dirname, '..');
const projects = [ROOT, join(ROOT, 'examples/antai-security')];
const squeeze = (s: string) => s.replace(/\s+/g, '');

describe.each(projects)('the checklists of %s', (root) => {
  const { model } = checkProject(root);

  for (const bid of model.bids) {
    for (const locale of ['zh', 'en'] as const) {
      it(`${bid.entry.id} (${locale}): one per level of each system, each with every check item of its levels`, () => {
        const { documents, diagnostics } = documentsOf(model, bid, locale, ['checklist'], ['pdf']);
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const expected = bid.maintenance.flatMap((m) => m.data.levels.map((l) => `${m.data.system}-${l.id}`));
        expect(documents.map((d) => d.meta.part)).toEqual(expected);
        expect(expected.length).toBeGreaterThan(0);
        for (const m of bid.maintenance) {
          for (const level of m.data.levels) {
            const doc = documents.find((d) => d.meta.part === `${m.data.system}-${level.id}`)!;
            const levels = levelsCarriedOut(m.data, level).map((l) => l.id);
            const items = m.data.tasks.filter((t) => levels.includes(t.level)).flatMap((t) => t.checklist.map((c) => say(c, locale)));
            expect(checkTexts(doc), doc.meta.part).toEqual(items);
            // On the printed pages, every item whole and in order.
            const printed = squeeze(layoutOf(doc).pages.flatMap((p) => p.ops.flatMap((o) => (o.kind === 'text' ? [o.text] : []))).join(''));
            let from = 0;
            for (const item of items) {
              const at = printed.indexOf(squeeze(item), from);
              expect(at, `${doc.meta.part}: ${item}`).toBeGreaterThanOrEqual(0);
              from = at;
            }
            // Three result boxes a row, and both sides sign.
            const table = doc.blocks.find((b) => b.kind === 'table')!;
            if (table.kind === 'table') for (const row of table.rows) expect(row.filter((c) => c.runs.some((r) => r.text === '□'))).toHaveLength(3);
            const signature = doc.blocks.find((b) => b.kind === 'signature');
            expect(signature?.kind === 'signature' && signature.lines).toHaveLength(2);
          }
        }
      });
    }
  }
});

describe.each(projects)('the year plan of %s', (root) => {
  const { model } = checkProject(root);
  for (const bid of model.bids) {
    it(`${bid.entry.id}: one page, every system and level of the bid, a mark in each month a level falls due`, () => {
      const [plan, ...more] = documentsOf(model, bid, 'zh', ['year-plan'], ['pdf']).documents;
      expect(more).toEqual([]);
      const layout = layoutOf(plan!);
      expect(layout.pages).toHaveLength(1);
      const printed = squeeze(layout.pages[0]!.ops.flatMap((o) => (o.kind === 'text' ? [o.text] : [])).join(''));
      for (const m of bid.maintenance) for (const level of m.data.levels) expect(printed).toContain(squeeze(say(level.name, 'zh')));
      // A monthly level is marked in all twelve months.
      const table = plan!.blocks.find((b) => b.kind === 'table');
      const monthly = table?.kind === 'table' ? table.rows.find((r) => r.some((c) => c.runs.some((x) => x.text === '月度巡检'))) : undefined;
      if (monthly) expect(monthly.slice(-12).every((c) => /[●○]/.test(c.runs[0]?.text ?? ''))).toBe(true);
    });
  }
});

it('a level carries out the levels it includes, and theirs (an annual service: the quarterly and the monthly)', () => {
  const schedule = {
    system: 's',
    title: { zh: 't', en: 't' },
    levels: [
      { id: 'monthly', name: { zh: '月', en: 'M' }, frequency: 'monthly' as const, includes: [] },
      { id: 'quarterly', name: { zh: '季', en: 'Q' }, frequency: 'quarterly' as const, includes: ['monthly'] },
      { id: 'annual', name: { zh: '年', en: 'A' }, frequency: 'annual' as const, includes: ['quarterly'] },
    ],
    tasks: [],
  };
  expect(levelsCarriedOut(schedule, schedule.levels[2]!).map((l) => l.id)).toEqual(['monthly', 'quarterly', 'annual']);
  expect(levelsCarriedOut(schedule, schedule.levels[0]!).map((l) => l.id)).toEqual(['monthly']);
});

/** The 检查内容 column of a checklist, top to bottom. */
function checkTexts(doc: Document): string[] {
  const table = doc.blocks.find((b) => b.kind === 'table');
  if (table?.kind !== 'table') return [];
  // The task's cell spans its items: the check is the third cell of a row that has it, the second otherwise.
  return table.rows.map((row) => row[row.length - 6]!.runs.map((r) => r.text).join(''));
}

describe('aftercare checklist', () => {
  const run = (...args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin/aftercare.mjs'), 'checklist', 'city-hospital-security', ...args], { encoding: 'utf8', cwd: ROOT });
  const out = join(mkdtempSync(join(tmpdir(), 'aftercare-checklist-')), 'c.md');

  it('writes the checklist named by system and level', () => {
    const r = run('--system', 'cctv', '--level', 'quarterly', '--format', 'md', '--out', out);
    expect(r.status, r.stderr).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toContain('视频监控系统季度保养检查表');
    expect(text).toContain('（含月度巡检）');
  });

  it('asks which one, with the choices, when none or a wrong one is named (exit 2)', () => {
    const none = run('--format', 'md', '--out', out);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/has 15 maintenance levels \(SYSTEM-LEVEL\): name one with --system and --level \(cctv-monthly, cctv-quarterly/);
    const wrong = run('--system', 'cctv', '--level', 'quartrly', '--format', 'md', '--out', out);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('has no maintenance level "cctv-quartrly" (did you mean "cctv-quarterly"?)');
  });
});

describe.each(projects)("the trainer's pack of each course of %s", (root) => {
  const { model } = checkProject(root);
  for (const bid of model.bids) {
    it(`${bid.entry.id}: a handout per module, a sign-in sheet per day with a row per trainee, the pass mark, the record`, () => {
      const packs = documentsOf(model, bid, 'zh', ['course-pack'], ['pdf']).documents;
      expect(packs.map((p) => p.meta.part)).toEqual(bid.courses.map((c) => c.id));
      for (const course of bid.courses) {
        const c = course.data;
        const pack = packs.find((p) => p.meta.part === course.id)!;
        const layout = layoutOf(pack);
        // Bookmarks: the four pieces, a handout per module, a sheet per day.
        const headings = layout.headings.map((h) => h.text.replace(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/, ''));
        expect(headings).toEqual(expect.arrayContaining(['模块讲义', '培训签到表', '培训考核表', '培训记录', ...c.modules.map((m) => say(m.title, 'zh'))]));
        expect(headings.filter((h) => /^签到表 \d+$/.test(h))).toHaveLength(c.days);
        // Each day's sheet: numbered rows for every trainee (and two spare) under a repeated header.
        const rows = traineeRows(c);
        expect(rows).toBeGreaterThanOrEqual(c.minTrainees);
        const tables = pack.blocks.filter((b) => b.kind === 'table' && b.header[0]?.some((h) => h.runs[0]?.text === '上午签到'));
        expect(tables).toHaveLength(c.days);
        for (const t of tables) if (t.kind === 'table') expect(t.rows.map((r) => r[0]!.runs[0]?.text)).toEqual(Array.from({ length: rows }, (_, i) => String(i + 1)));
        // The pass mark the bid states, on the printed page.
        const printed = squeeze(layout.pages.flatMap((p) => p.ops.flatMap((o) => (o.kind === 'text' ? [o.text] : []))).join(''));
        if (c.assessment) expect(printed).toContain(`${c.assessment.passMark}分及以上为合格`);
        // The record's modules add up to the course's hours.
        expect(printed).toContain(`计划${c.totalHours}课时`);
      }
    });
  }
});
