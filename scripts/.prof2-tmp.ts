import { readdirSync, readFileSync } from 'node:fs';
import { extract, __times } from '../src/text/extract.ts';
const dir = 'tests/fixtures/text/';
const unit = readdirSync(dir).filter(f => /\.(md|txt)$/.test(f)).map(f => readFileSync(dir + f, 'utf8')).join('\n\n');
const text = Array.from({ length: 166 }, () => unit).join('\n\n');
for (let i = 0; i < 3; i++) extract(text);
for (const k in __times) __times[k] = 0;
extract(text);
console.log(Object.fromEntries(Object.entries(__times).map(([k, v]) => [k, Math.round(v)])));
