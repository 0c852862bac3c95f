/**
 * How wide text is, in ems, without a font: a CJK (full-width) character is one em, any other
 * `latin` ems, and (with `seams`) a quarter em where Chinese meets Latin or digits, as Word and
 * LibreOffice space them. Enough for column widths and for the DOCX page-number estimate,
 * where 宋体 and 黑体 are not in docx's width tables.
 */
const WIDE = /[\u1100-\u11ff\u2e80-\ua4cf\uac00-\ud7af\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3ffff}]/u;

export function ems(text: string, latin = 0.55, seams = true): number {
  let em = 0;
  let previous: boolean | undefined;
  for (const ch of text) {
    const wide = WIDE.test(ch);
    em += wide ? 1 : latin;
    // Word and LibreOffice put a quarter em between Chinese and Latin or digits (autoSpaceDE/DN).
    if (seams && previous !== undefined && previous !== wide && ch.trim() !== '') em += 0.25;
    previous = ch.trim() === '' ? undefined : wide;
  }
  return em;
}
