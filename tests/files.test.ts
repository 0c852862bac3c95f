/**
 * A user's project folder as it really is: links in and out of it, pipes, duplicate ids,
 * files in UTF-16 or with old Mac line ends. Each gives a located diagnostic and a clean
 * run, never a hang, a stack trace or a file read from outside the project.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkProject } from '../src/project.ts';
import { fixtureProject } from './helpers/fixture-project.ts';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

const problems = (r: string) =>
  checkProject(r, { rules: [] }).diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.location.file}:${d.location.line} ${d.ruleId}`);

describe('the project folder', () => {
  it('refuses a link that leads out of the project, and reads nothing of it', () => {
    root = fixtureProject(join(import.meta.dirname, 'fixtures/base'));
    writeFileSync(join(root, '../outside-secret.yaml'), 'title: secret\n');
    symlinkSync(join(root, '../outside-secret.yaml'), join(root, 'content/bids/leak.yaml'));
    const result = checkProject(root, { rules: [] });
    expect(problems(root)).toEqual(['content/bids/leak.yaml:1 files/outside-project']);
    expect(JSON.stringify(result.diagnostics)).not.toContain('secret');
    rmSync(join(root, '../outside-secret.yaml'));
  });

  it('follows a link that stays inside the project', () => {
    root = fixtureProject(join(import.meta.dirname, 'fixtures/base'));
    mkdirSync(join(root, 'shared'));
    writeFileSync(join(root, 'shared/readme.md'), 'not content');
    symlinkSync(join(root, 'shared'), join(root, 'content/bids/shared'));
    expect(problems(root)).toEqual(['content/bids/shared/readme.md:1 parse/front-matter']);
  });

  it('reports broken and looping links', () => {
    root = fixtureProject(join(import.meta.dirname, 'fixtures/base'));
    symlinkSync(join(root, 'nowhere.yaml'), join(root, 'content/bids/dangling.yaml'));
    symlinkSync(join(root, 'content/bids/loop-b.yaml'), join(root, 'content/bids/loop-a.yaml'));
    symlinkSync(join(root, 'content/bids/loop-a.yaml'), join(root, 'content/bids/loop-b.yaml'));
    symlinkSync(join(root, 'content/bids'), join(root, 'content/bids/again'));
    expect(problems(root)).toEqual([
      'content/bids/dangling.yaml:1 files/broken-link',
      'content/bids/loop-a.yaml:1 files/broken-link',
      'content/bids/loop-b.yaml:1 files/broken-link',
    ]);
  });

  it('refuses a named pipe and a link to a device without waiting on them', () => {
    root = fixtureProject(join(import.meta.dirname, 'fixtures/base'));
    execFileSync('mkfifo', [join(root, 'content/bids/pipe.yaml')]);
    symlinkSync('/dev/zero', join(root, 'content/bids/zero.yaml'));
    expect(problems(root)).toEqual(['content/bids/pipe.yaml:1 files/not-a-file', 'content/bids/zero.yaml:1 files/outside-project']);
  });

  it('gives two files with one id one error, whatever their extension or folder', () => {
    root = fixtureProject(join(import.meta.dirname, 'fixtures/base'));
    const bid = readFileSync(join(root, 'content/bids/example.yaml'));
    writeFileSync(join(root, 'content/bids/example.yml'), bid);
    mkdirSync(join(root, 'content/bids/2026'));
    writeFileSync(join(root, 'content/bids/2026/example.yaml'), bid);
    expect(problems(root)).toEqual(['content/bids/example.yaml:1 project/duplicate-id', 'content/bids/example.yml:1 project/duplicate-id']);
  });

  it('names UTF-16 as an encoding, not as binary', () => {
    root = fixtureProject(join(import.meta.dirname, 'fixtures/base'));
    const text = readFileSync(join(root, 'content/team/standard.yaml'), 'utf8');
    writeFileSync(join(root, 'content/team/standard.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const [d] = checkProject(root, { rules: [] }).diagnostics.filter((x) => x.severity === 'error');
    expect(d).toMatchObject({ ruleId: 'parse/encoding', location: { file: 'content/team/standard.yaml' } });
    expect(d!.message).toContain('UTF-16');
  });

  it('locates errors in a file with bare CR line ends on their own lines', () => {
    root = fixtureProject(join(import.meta.dirname, 'fixtures/base'));
    const text = readFileSync(join(root, 'content/team/standard.yaml'), 'utf8').replace('headcount:', 'headcont:');
    writeFileSync(join(root, 'content/team/standard.yaml'), text.replace(/\n/g, '\r'));
    const line = text.split('\n').findIndex((l) => l.startsWith('headcont')) + 1;
    const d = checkProject(root, { rules: [] }).diagnostics.find((x) => x.ruleId === 'schema/unknown-key')!;
    expect(line).toBeGreaterThan(1);
    expect(d.location.line).toBe(line);
  });
});
