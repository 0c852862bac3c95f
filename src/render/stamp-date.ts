/**
 * The date a build stamps on its files (DOCX core properties, PDF info): SOURCE_DATE_EPOCH
 * when set, else the document's own date — never the clock, so two builds give the same bytes.
 */
export function stampDate(documentDate: string): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch && /^\d+$/.test(epoch)) return new Date(Number(epoch) * 1000);
  return new Date(`${documentDate}T00:00:00Z`);
}

