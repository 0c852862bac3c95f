import { readdirSync, readFileSync } from 'node:fs';
import { extract } from '../src/text/extract.ts';
const dir = 'tests/fixtures/text/';
const unit = readdirSync(dir).filter(f => /\.(md|txt)$/.test(f)).map(f => readFileSync(dir + f, 'utf8')).join('\n\n');
const text = Array.from({ length: 166 }, () => unit).join('\n\n');
for (let i = 0; i < 3; i++) { const t = performance.now(); extract(text); console.log(text.length, Math.round(performance.now() - t), 'ms'); }
