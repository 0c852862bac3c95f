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
  // A mustache's body stops at the next brace: a lazy [\s\S]*? would read to the end of the
  // template again from every unclosed {{ of a long run (n², tests/patterns-linear.test.ts).
  const text = source.replace(/\{\{\{?([^{}]*)\}?\}\}/g, (whole: string, inner: string, offset: number) => {
    const body = inner.trim();
    if (/^[#/^!>*]|^else\b/.test(body)) return whole.replace(/[^\n]/g, ' ');
    placeholders.push([offset, offset + whole.length]);
    return whole.replace(/[^\n]/g, '0');
  });
  return { text, placeholders };
}
