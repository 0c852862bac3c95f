/**
 * A template as prose: each `{{value}}` becomes a run of zeros of the same length, so the
 * extractor sees "a number is here" (no blank) at the same offsets, and findings on a
 * placeholder can be dropped; block tags and comments become spaces.
 */
export interface MaskedTemplate {
  text: string;
  /** [start, end) of each value placeholder. */
  placeholders: [number, number][];
}

export function maskTemplate(source: string): MaskedTemplate {
  const placeholders: [number, number][] = [];
  const text = source.replace(/\{\{\{?([\s\S]*?)\}?\}\}/g, (whole: string, inner: string, offset: number) => {
    const body = inner.trim();
    if (/^[#/^!>*]|^else\b/.test(body)) return whole.replace(/[^\n]/g, ' ');
    placeholders.push([offset, offset + whole.length]);
    return whole.replace(/[^\n]/g, '0');
  });
  return { text, placeholders };
}
