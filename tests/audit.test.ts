/**
 * `aftercare audit` as a bid writer meets it: a document pasted together from templates,
 * as Markdown and as a Word file, with its contradictions and blanks found at the lines
 * (paragraphs) where they are; and a document rendered from our content, audited against
 * it, agreeing with it — until someone edits a number.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { readDocxXml } from '../src/audit/docx.ts';
import { extract } from '../src/text/index.ts';
import { checkProject } from '../src/project.ts';
import { documentsOf, render } from '../src/render/outputs.ts';
import { renderMarkdown } from '../src/render/markdown/render-markdown.ts';

const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin/aftercare.mjs');
const PLAN = join(import.meta.dirname, 'fixtures/audit/pasted-plan.md');
const work = mkdtempSync(join(tmpdir(), 'aftercare-audit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, 'audit', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

interface Report {
  commitments: {
    kind: string;
    bound: string;
    value: { amount: number; unit: string } | null;
    from?: string;
    qualifiers: Record<string, unknown>;
    source: { file: string; line: number; column: number; at?: string; text: string; match: string };
  }[];
  conflicts: { kind: string; commitments: number[]; message: string }[];
  blanks: { source: { file: string; line: number } }[];
  mismatches?: { commitment: number; expected: unknown; message: string }[];
}
const json = (out: string) => JSON.parse(out) as Report;

/** A minimal real .docx: the parts Word needs, one paragraph per line of text. */
function docx(lines: string[]): Uint8Array {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = lines.map((l) => `<w:p><w:r><w:t xml:space="preserve">${esc(l)}</w:t></w:r></w:p>`).join('');
  return docxPackage(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
}

/** A valid OOXML package around a main document part. */
function docxPackage(documentXml: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'),
    '_rels/.rels': strToU8('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'),
    'word/document.xml': strToU8(documentXml),
  });
}

describe('a pasted-together plan', () => {
  const lines = readFileSync(PLAN, 'utf8').split('\n');
  const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;

  function expectPlanted(report: Report, file: string) {
    const byLine = (line: number) => report.commitments.map((c, i) => ({ c, i })).filter(({ c }) => c.source.line === line);
    const warrantyConflict = report.conflicts.find((k) => k.kind === 'warranty');
    expect(warrantyConflict, 'one year against 贰年').toBeDefined();
    const warrantyLines = warrantyConflict!.commitments.map((i) => report.commitments[i]!.source.line).sort((a, b) => a - b);
    expect(warrantyLines).toEqual([lineOf('免费保修期为一年'), lineOf('质保期贰年')]);
    const onsite = report.conflicts.filter((k) => k.kind === 'onsite').flatMap((k) => k.commitments.map((i) => report.commitments[i]!.source.line));
    expect(onsite, '24 h against 2 h on site').toContain(lineOf('24小时内'));
    // Zone tiers are not a contradiction: city 2 h and counties 6 h never conflict with each other.
    const tiers = byLine(lineOf('郊县项目6小时')).map(({ i }) => i);
    expect(report.conflicts.some((k) => tiers.every((i) => k.commitments.includes(i)))).toBe(false);
    expect(report.blanks.map((b) => [b.source.file, b.source.line])).toEqual([[file, lineOf('于小时内')]]);
  }

  it('finds the contradictions and the blank in Markdown, exit 1', () => {
    const r = run(PLAN, '--format', 'json');
    expect(r.code).toBe(1);
    expectPlanted(json(r.out), PLAN);
  });

  it('reads a Word file paragraph by paragraph, with the same findings at the same lines', () => {
    const file = join(work, 'pasted-plan.docx');
    writeFileSync(file, docx(lines));
    const r = run(file, '--format', 'json');
    expect(r.code).toBe(1);
    expectPlanted(json(r.out), file);
  });

  it('prints the sentence, its location and the conflicting sentence', () => {
    const r = run(PLAN);
    expect(r.code).toBe(1);
    expect(r.out).toContain(`${PLAN}:${lineOf('质保期贰年')}:`);
    expect(r.out).toContain('audit/conflict');
    expect(r.out).toContain('免费保修期为一年');
    expect(r.out).toContain('audit/blank');
  });
});

describe('a letter rendered from the content, audited against it', () => {
  const { model } = checkProject(ROOT);
  const bid = model.bids.find((b) => b.entry.id === 'city-hospital-security')!;
  const letterIn = (locale: 'zh' | 'en') => renderMarkdown(documentsOf(model, bid, locale, ['letter']).documents[0]!);
  const letter = letterIn('zh');

  it.each(['zh', 'en'] as const)('says exactly what the bid says (%s), with no conflict and no blank', (locale) => {
    const file = join(work, `letter-${locale}.md`);
    writeFileSync(file, letterIn(locale));
    const r = run(file, '--against', bid.entry.id, '--format', 'json');
    const report = json(r.out);
    expect(report.commitments.length).toBeGreaterThan(20);
    expect(report.mismatches).toEqual([]);
    expect(report.conflicts).toEqual([]);
    expect(report.blanks).toEqual([]);
    expect(r.code).toBe(0);
  });

  it('catches a number edited by hand', () => {
    const tampered = letter.replace(/(非工作时间[^的]*的，)(\d+)(小时内到达现场)/, (_, a: string, n: string, b: string) => `${a}${Number(n) + 3}${b}`);
    expect(tampered).not.toBe(letter);
    const file = join(work, 'tampered.md');
    writeFileSync(file, tampered);
    const r = run(file, '--against', bid.entry.id, '--format', 'json');
    expect(r.code).toBe(1);
    const report = json(r.out);
    const line = tampered.split('\n').findIndex((l, i) => l !== letter.split('\n')[i]) + 1;
    expect(report.mismatches!.map((m) => report.commitments[m.commitment]!.source.line)).toEqual([line]);
  });
});

describe("the second example's letter: four levels, fault types, seasons, times from other events", () => {
  const root = join(ROOT, 'examples/antai-security');
  const { model } = checkProject(root);
  const bid = model.bids[0]!;

  it.each(['zh', 'en'] as const)('says exactly what its bid says (%s)', (locale) => {
    const file = join(work, `example-letter-${locale}.md`);
    writeFileSync(file, renderMarkdown(documentsOf(model, bid, locale, ['letter']).documents[0]!));
    const r = run(file, '--against', bid.entry.id, '--format', 'json', '--root', root);
    const report = json(r.out);
    // Each level's own times (S4 is not S3), and each fault type's (有备用路由 is not 无备用路由).
    expect(report.commitments.filter((c) => c.kind === 'resolution').length).toBeGreaterThanOrEqual(7);
    expect(report.mismatches).toEqual([]);
    expect(report.conflicts).toEqual([]);
    expect(r.code).toBe(0);
  });
});

describe("the DOCX aftercare writes, audited through Word's own structure", () => {
  // Documents whose every number the reader ties to its conditions (all of them, with the
  // requirements a deviation table declares unmet, are audited in tests/e2e).
  const CLEAN: [project: string, kinds: string[], locales: ('zh' | 'en')[]][] = [
    ['.', ['proposal', 'proposal-anonymous', 'manual', 'deviation', 'warranty-certificate'], ['zh', 'en']],
    ['examples/antai-security', ['proposal', 'proposal-anonymous', 'manual', 'warranty-certificate'], ['zh']],
    ['examples/antai-security', ['manual', 'deviation', 'warranty-certificate'], ['en']],
  ];
  it.each(CLEAN)('%s: %s (%s) — no conflict, no mismatch', async (dir, kinds, locales) => {
    const root = join(ROOT, dir);
    const { model } = checkProject(root);
    const bid = model.bids.find((b) => b.entry.id === 'city-hospital-security') ?? model.bids[0]!;
    for (const locale of locales) {
      for (const doc of documentsOf(model, bid, locale, kinds as never).documents) {
        const file = join(work, `${bid.entry.id}-${doc.meta.kind}.${locale}.docx`);
        writeFileSync(file, await render(doc, 'docx'));
        const report = json(run(file, '--against', bid.entry.id, '--format', 'json', '--root', root).out);
        expect({ file: doc.meta.kind, commitments: report.commitments.length > 5, conflicts: report.conflicts, mismatches: report.mismatches }).toEqual({ file: doc.meta.kind, commitments: true, conflicts: [], mismatches: [] });
      }
    }
  }, 60_000);
});

describe('documents it cannot read', () => {
  it('explains an old .doc file and a missing file, exit 1', () => {
    const doc = join(work, 'old.doc');
    writeFileSync(doc, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const r = run(doc, join(work, 'missing.txt'));
    expect(r.code).toBe(1);
    expect(r.out).toContain('Save it as .docx');
    expect(r.out).toContain('does not exist');
  });

  it('a part that understates its unpacked size is cut at the size it declares, and then refused as broken XML', () => {
    const body = `<w:p><w:r><w:t>${'接到报修后2小时内到场。'.repeat(20_000)}</w:t></w:r></w:p>`;
    const xml = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
    const zip = Buffer.from(zipSync({ 'word/document.xml': strToU8(xml) }));
    // Rewrite the uncompressed size in the local header (offset 22) and the central directory (offset 24) to 1 KB.
    zip.writeUInt32LE(1024, 22);
    const central = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt32LE(1024, central + 24);
    const file = join(work, 'lying.docx');
    writeFileSync(file, zip);
    const r = run(file);
    expect(r.code).toBe(1);
    expect(r.out).toContain('audit/format');
    expect(r.out).toContain('not well-formed');
  });

  it('exits 2 without a document, and on an unknown bid', () => {
    expect(run().code).toBe(2);
    const r = run(PLAN, '--against', 'no-such-bid');
    expect(r.code).toBe(2);
    expect(r.err).toContain('There is no bid "no-such-bid"');
  });
});

it('reads Word paragraphs, tables, tabs and entities', () => {
  const xml = '<w:document><w:body><w:p><w:r><w:t>质保期</w:t></w:r><w:r><w:t xml:space="preserve">贰年 &amp; 免费</w:t></w:r></w:p>'
    + '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>响应</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>30分钟</w:t><w:tab/><w:t>内</w:t></w:r></w:p></w:tc></w:tr></w:tbl><w:p/></w:body></w:document>';
  const { text, origins } = readDocxXml(xml);
  expect(text.split('\n')).toEqual(['质保期贰年 & 免费', '| 响应 | 30分钟 内 |', '']);
  expect(origins.map((o) => o.at)).toEqual(['¶1', 'table 1 row 1', '¶2']);
  expect(origins[1]!.cells).toEqual([{ column: 3, at: 'table 1 row 1 cell 1' }, { column: 8, at: 'table 1 row 1 cell 2' }]);
});

/** What the report says of each commitment, compactly: line, kind, bound (JSON: a stated period is a minimum), value, start event, conditions. */
const summary = (r: Report) =>
  r.commitments.map((c) => [c.source.line, c.kind, c.bound, c.value ? `${c.value.amount} ${c.value.unit}` : null, c.from ?? null, c.qualifiers]);

describe('tables, chained times, penalties and tiers (Markdown)', () => {
  const FILE = join(import.meta.dirname, 'fixtures/audit/sla-tables.md');

  it('reads every table by its column header, every time from its own event, and no penalty', () => {
    const report = json(run(FILE, '--format', 'json').out);
    const critical = { severity: 'critical' };
    const major = { severity: 'major' };
    expect(summary(report)).toEqual([
      [7, 'response', 'max', '0.5 hour', null, critical], [7, 'onsite', 'max', '2 hour', null, critical], [7, 'resolution', 'max', '6 hour', null, critical],
      [8, 'response', 'max', '1 hour', null, major], [8, 'onsite', 'max', '4 hour', null, major], [8, 'resolution', 'max', '12 hour', null, major],
      [14, 'response', 'max', '30 minute', null, critical], [14, 'onsite', 'max', '2 hour', null, critical], [14, 'resolution', 'max', '8 hour', null, critical],
      // A header naming conditions (市区 | 郊县): the first column names the target.
      [20, 'onsite', 'max', '4 hour', null, { zone: 'city', case: ['post-warranty'] }],
      [20, 'onsite', 'max', '8 hour', null, { zone: 'county', case: ['post-warranty'] }],
      // 到场后48小时内修复 is no on-site time; 备件到货后, 响应后, "of arrival" likewise.
      [24, 'resolution', 'max', '48 hour', 'onsite', {}], [24, 'resolution', 'max', '8 hour', 'parts-arrival', {}], [24, 'diagnosis', 'max', '1 hour', 'response', {}],
      [25, 'diagnosis', 'max', '45 minute', 'onsite', {}],
      // Lines 29–30 are penalties and billing: nothing.
      [34, 'onsite', 'max', '2 hour', null, critical], [34, 'onsite', 'max', '1 workday', null, { severity: 'minor' }],
      [35, 'loaner', 'max', '48 hour', null, { customer: 'contract' }], [35, 'loaner', 'max', '72 hour', null, { customer: 'non-contract' }],
    ]);
    // The one contradiction: the English table's P1 fix (8 hours) against 一级 (6小时). Tiers, events and customer classes are none.
    expect(report.conflicts.map((c) => [c.kind, c.commitments.map((i) => report.commitments[i]!.source.line)])).toEqual([['resolution', [7, 14]]]);
    // Blanks in every script: ××个月 and 於小時內 (Traditional).
    expect(report.blanks.map((b) => [b.source.line, (b as unknown as { unit: string }).unit])).toEqual([[36, 'month'], [36, 'hour']]);
  });
});

describe('a real Word document: tables, a text box, a nested table, a tracked change and fields', () => {
  const xml = readFileSync(join(import.meta.dirname, 'fixtures/audit/word-parts.document.xml'), 'utf8');
  const file = join(work, 'word-parts.docx');
  writeFileSync(file, docxPackage(xml));

  it('reads each part once, as Word shows it with the changes accepted, and says where each finding is', () => {
    const r = run(file, '--format', 'json');
    expect(r.code).toBe(1);
    const report = json(r.out);
    const critical = { severity: 'critical' };
    const major = { severity: 'major' };
    expect(summary(report)).toEqual([
      [3, 'warranty', 'min', '2 year', null, {}], // the text box, read once (mc:Choice, not the Fallback copy)
      [6, 'response', 'max', '0.5 hour', null, critical], [6, 'onsite', 'max', '2 hour', null, critical], [6, 'resolution', 'max', '6 hour', null, critical],
      [7, 'response', 'max', '1 hour', null, major], [7, 'onsite', 'max', '4 hour', null, major], [7, 'resolution', 'max', '12 hour', null, major],
      [11, 'diagnosis', 'max', '1 hour', 'onsite', {}], // the nested table, under its own header
      [12, 'warranty', 'min', '3 year', null, {}], // a field's result; its instruction (保修5年) is not read
      [13, 'hotline', 'min', null, null, {}], // w:fldSimple's text
      [14, 'resolution', 'max', '48 hour', 'onsite', {}], // w:tab inside the sentence
      [15, 'resolution', 'max', '8 hour', 'parts-arrival', {}], // after w:br: a new line of the same paragraph
    ]);
    // The deleted 24小时 is gone; the inserted 2小时 is read.
    expect(report.commitments.some((c) => c.value?.amount === 24)).toBe(false);
    expect(report.commitments.map((c) => c.source.at)).toEqual([
      '¶2 text box ¶1',
      'table 1 row 2 cell 2', 'table 1 row 2 cell 3', 'table 1 row 2 cell 4',
      'table 1 row 3 cell 2', 'table 1 row 3 cell 3', 'table 1 row 3 cell 4',
      'table 3 (in table 2 row 1 cell 2) row 2 cell 2',
      '¶3', '¶4', '¶5', '¶5',
    ]);
    expect(report.conflicts.map((c) => [c.kind, c.commitments.map((i) => report.commitments[i]!.source.at)])).toEqual([['warranty', ['¶2 text box ¶1', '¶3']]]);
  });

  it('prints the location in Word words next to line:column', () => {
    const r = run(file);
    expect(r.out).toContain(`${file}:12:`);
    expect(r.out).toContain('(at ¶3)');
    expect(r.out).toContain('(at ¶2 text box ¶1)');
  });

  it('refuses a document.xml that is not well-formed, with a diagnostic', () => {
    const broken = join(work, 'broken.docx');
    writeFileSync(broken, docxPackage('<w:document><w:body><w:p></w:body>'));
    const r = run(broken);
    expect(r.code).toBe(1);
    expect(r.out).toContain('not well-formed XML');
  });
});

describe('reading Word XML', () => {
  const doc = (body: string) => `<w:document xmlns:w="w"><w:body>${body}</w:body></w:document>`;
  const p = (...runs: string[]) => `<w:p>${runs.join('')}</w:p>`;
  const t = (s: string) => `<w:r><w:t>${s}</w:t></w:r>`;
  const tc = (inner: string, pr = '') => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}${inner}</w:tc>`;

  it('keeps columns under their headers across spans, repeats a merged row label, and finds a header without digits', () => {
    const xml = doc(
      `<w:tbl><w:tr>${tc(p(t('等级')))}${tc(p(t('响应')))}${tc(p(t('到场')))}</w:tr>` +
        `<w:tr>${tc(p(t('一级')), '<w:vMerge w:val="restart"/>')}${tc(p(t('30分钟')), '<w:gridSpan w:val="2"/>')}</w:tr>` +
        `<w:tr>${tc(p(), '<w:vMerge/>')}${tc(p(t('15分钟')))}${tc(p(t('2小时')))}</w:tr></w:tbl>`,
    );
    expect(readDocxXml(xml).text.split('\n')).toEqual(['| 等级 | 响应 | 到场 |', '| --- | --- | --- |', '| 一级 | 30分钟 |  |', '| 一级 | 15分钟 | 2小时 |']);
  });

  it('reads no header in a table whose first row holds numbers, joins a cell\'s paragraphs as sentences', () => {
    const xml = doc(`<w:tbl><w:tr>${tc(p(t('响应')))}${tc(p(t('30分钟')) + p(t('到场')) + p(t('2小时')))}</w:tr><w:tr>${tc(p(t('质保')))}${tc(p(t('2年')))}</w:tr></w:tbl>`);
    expect(readDocxXml(xml).text.split('\n')).toEqual(['| 响应 | 30分钟；到场；2小时 |', '| 质保 | 2年 |']);
  });

  it('drops field instructions (nested fields too), moved-away text and soft hyphens', () => {
    const fld = (instr: string, result: string) =>
      `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>${instr}</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${result}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const xml = doc(p(t('质保期'), fld(' IF 1 = 1 ', `${fld(' REF a ', t('2'))}${t('年')}`), '<w:moveFrom><w:r><w:t>3年</w:t></w:r></w:moveFrom>', '<w:r><w:softHyphen/><w:t>。</w:t></w:r>'));
    expect(readDocxXml(xml).text).toBe('质保期2年。');
  });
});

it('reads a header of two rows as one: each column gets its target and its condition', () => {
  const c = (s: string, pr = '') => `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}<w:p><w:r><w:t>${s}</w:t></w:r></w:p></w:tc>`;
  const xml = '<w:document xmlns:w="w"><w:body><w:tbl>'
    + `<w:tr>${c('故障等级', '<w:vMerge w:val="restart"/>')}${c('到场时间', '<w:gridSpan w:val="2"/>')}</w:tr>`
    + `<w:tr>${c('', '<w:vMerge/>')}${c('市区')}${c('郊县')}</w:tr>`
    + `<w:tr>${c('一级')}${c('2小时')}${c('6小时')}</w:tr></w:tbl></w:body></w:document>`;
  const reading = readDocxXml(xml);
  expect(reading.text.split('\n')).toEqual(['| 故障等级 | 到场时间 市区 | 到场时间 郊县 |', '| --- | --- | --- |', '| 一级 | 2小时 | 6小时 |']);
  expect(reading.origins.map((o) => o.at)).toEqual(['table 1 rows 1–2', 'table 1 header', 'table 1 row 3']);
  const found = extract(reading.text).commitments.map((f) => [f.kind, f.qualifiers]);
  expect(found).toEqual([['onsite', { severity: 'critical', zone: 'city' }], ['onsite', { severity: 'critical', zone: 'county' }]]);
});

it('reads a table of one cell (a frame around a letter) as paragraphs', () => {
  const p = (s: string) => `<w:p><w:r><w:t>${s}</w:t></w:r></w:p>`;
  const xml = `<w:document xmlns:w="w"><w:body><w:tbl><w:tr><w:tc>${p('服务承诺')}${p('质保期2年。')}</w:tc></w:tr></w:tbl></w:body></w:document>`;
  const reading = readDocxXml(xml);
  expect(reading.text.split('\n')).toEqual(['服务承诺', '质保期2年。']);
  expect(reading.origins.map((o) => o.at)).toEqual(['table 1 ¶1', 'table 1 ¶2']);
});
