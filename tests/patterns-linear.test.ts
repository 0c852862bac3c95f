/**
 * No regular expression in `src/` backtracks super-linearly. Every pattern is collected —
 * those written as literals (read from the sources with the TypeScript parser) and those
 * built at run time with `new RegExp` (caught by a constructor proxy while every module is
 * imported and the reader runs over real bids) — and analysed by scslre, which proves for
 * each pattern whether some input makes it backtrack polynomially:
 * - Trade: two unbounded quantifiers that can take the same characters in turn
 *   (`\s*个?\s*` over a run of spaces: n² per start, n³ in all);
 * - Self: a quantifier nested in another over the same characters;
 * - Move: a pattern that, tried from each of n positions of a run, reads the rest of the run
 *   every time (`[一二三]+次` over a long run of numerals).
 * A report names the pattern, the quantifiers and the character that pumps it, so the fix is
 * where it says. The timing side (whole inputs 1×, 4×, 16×) is tests/linear-time.test.ts.
 */
import { RegExpParser } from '@eslint-community/regexpp';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { analyse, type Report } from 'scslre';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
/** Modules that only run inside Astro (virtual `astro:` imports). */
const ASTRO_ONLY = new Set(['src/content.config.ts']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [path] : [];
  });
}

interface Pattern {
  source: string;
  flags: string;
  where: string;
}

/** Regex literals, with the file and line they are written on. */
function literals(files: readonly string[]): Pattern[] {
  const out: Pattern[] = [];
  for (const file of files) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sf);
        const slash = text.lastIndexOf('/');
        const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
        out.push({ source: text.slice(1, slash), flags: text.slice(slash + 1), where: `${relative(root, file)}:${line + 1}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/** Patterns built at run time: every module imported, then the reader and audit exercised. */
async function constructed(files: readonly string[]): Promise<Pattern[]> {
  const seen: Pattern[] = [];
  const Native = RegExp;
  globalThis.RegExp = new Proxy(Native, {
    construct(target, args: [string | RegExp, string?]) {
      const made = Reflect.construct(target, args) as RegExp;
      const caller = new Error().stack?.split('\n').find((l) => l.includes('/src/') && !l.includes('patterns-linear'));
      seen.push({ source: made.source, flags: made.flags, where: caller?.replace(/^.*\/(src\/[^)]*)\)?$/, '$1') ?? 'src' });
      return made;
    },
  });
  try {
    for (const file of files) await import(file);
    const { extract, findConflicts } = await import('../src/text/index.ts');
    const dir = join(root, 'tests/fixtures/text');
    for (const f of readdirSync(dir).filter((f) => /\.(md|txt)$/.test(f))) findConflicts(extract(readFileSync(join(dir, f), 'utf8')).commitments);
  } finally {
    globalThis.RegExp = Native;
  }
  return seen;
}

const describeReport = (r: Report): string => {
  const pump = JSON.stringify(r.character.pick);
  switch (r.type) {
    case 'Trade':
      return `${r.startQuant.raw.slice(0, 40)} and ${r.endQuant.raw.slice(0, 40)} trade ${pump}`;
    case 'Self':
      return `${r.quant.raw.slice(0, 40)} repeats inside ${r.parentQuant.raw.slice(0, 40)} over ${pump}`;
    case 'Move':
      return `${r.quant.raw.slice(0, 40)} is retried from each ${pump} of a run`;
  }
};

describe('regular expressions backtrack linearly', async () => {
  const files = sources(join(root, 'src')).filter((f) => !ASTRO_ONLY.has(relative(root, f)));
  const all = [...literals(files), ...(await constructed(files))];
  const unique = [...new Map(all.map((p) => [`${p.flags}/${p.source}`, p])).values()];
  const parser = new RegExpParser({ ecmaVersion: 2024 });

  it('finds the patterns (literals and built ones)', () => {
    // A collector that finds nothing would pass everything below.
    expect(all.filter((p) => /^src\/text\/scan\.ts/.test(p.where)).length).toBeGreaterThan(10);
    expect(unique.length).toBeGreaterThan(300);
  });

  it('no pattern has super-linear backtracking (Trade, Self or Move)', () => {
    const problems: string[] = [];
    for (const p of unique) {
      const pattern = parser.parsePattern(p.source, undefined, undefined, { unicode: p.flags.includes('u'), unicodeSets: p.flags.includes('v') });
      const flags = parser.parseFlags(p.flags);
      const { reports } = analyse({ pattern, flags });
      for (const r of reports) problems.push(`${p.where}: /${p.source.slice(0, 80)}…/ — ${describeReport(r)}`);
    }
    expect(problems).toEqual([]);
  });
});
