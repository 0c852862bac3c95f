/**
 * Templates render from the typed source; a wrong placeholder, helper or lookup is a
 * located diagnostic (pinned in each fixture's expected.txt), never a half-written text.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProject } from '../src/project.ts';
import { renderTemplate } from '../src/doc/templates.ts';
import { fixtureProject, printed } from './helpers/fixture-project.ts';

const DIR = join(import.meta.dirname, 'fixtures/templates');

describe.each(readdirSync(DIR).sort())('%s', (name) => {
  it('checks as pinned', async () => {
    const root = fixtureProject(join(DIR, name));
    try {
      const result = checkProject(root);
      const own = result.diagnostics.filter((d) => d.ruleId.startsWith('template/'));
      if (name.startsWith('valid-')) expect(printed(result.diagnostics.filter((d) => d.severity !== 'info'), root)).toBe(printed([], root));
      else {
        expect(own.length).toBeGreaterThan(0);
        await expect(printed(own, root)).toMatchFileSnapshot(join(DIR, name, 'expected.txt'));
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

it('renders the numbers from the content, in both languages', () => {
  const root = fixtureProject(join(DIR, 'valid-letter'));
  try {
    const { model } = checkProject(root);
    const [zh, en] = [...model.templates].sort((a, b) => b.locale.localeCompare(a.locale));
    const bid = model.bids[0]!;
    const zhText = renderTemplate(zh!, model, bid).text!;
    expect(zhText).toContain('市区工作时间2小时内到达现场');
    expect(zhText).toContain('郊县6小时内到达现场');
    expect(zhText).toContain('设备免费保修2年');
    expect(zhText).toContain('保修书在验收后1周内交付');
    expect(zhText).toContain('操作培训：8课时');
    expect(zhText).toContain('日期：2026年1月20日');
    const enText = renderTemplate(en!, model, bid).text!;
    expect(enText).toContain('within 4 hours in the city outside working hours');
    expect(enText).toContain('Dated 20 January 2026');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
