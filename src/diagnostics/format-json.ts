/** Machine-readable diagnostics: one JSON document with the list and the counts. */
import { countBySeverity, type Diagnostic } from './diagnostic.ts';

export const formatJson = (list: readonly Diagnostic[]) => JSON.stringify({ diagnostics: list, summary: countBySeverity(list) }, null, 2);
