import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from '/work/main/node_modules/fflate/esm/index.mjs';
import { readDocxXml } from '/work/main/src/audit/docx.ts';
import { extract } from '/work/main/src/text/extract.ts';
const xml = strFromU8(unzipSync(readFileSync(process.argv[2]!))['word/document.xml']!);
const r = readDocxXml(xml) as { text: string };
const lines = r.text.split('\n');
for (const [a, b] of [[98, 106], [95, 106], [80, 106], [0, 106]]) {
  const t = lines.slice(a, b).join('\n');
  console.log(a, extract(t).commitments.filter((c) => c.source.line === 103 - a).map((c) => c.kind).join(','));
}
