/**
 * Reading commitments in free text: `extract` finds them (with unfilled blanks),
 * `findConflicts` finds contradictions among them. Pure; no I/O.
 */
export { extract } from './extract.ts';
export type { Blank, Bound, CoverageFinding, DurationFinding, Extraction, FrequencyFinding, Kind, Source, TextFinding } from './extract.ts';
export { findConflicts, type Conflict } from './conflicts.ts';
export { parseNumber } from './numbers.ts';
export { compareQuantities, sameQuantity, type Quantity, type Unit } from './units.ts';
export { qualifiersOf, qualifiersOverlap, subjectsOverlap, isStatutory, describeQualifiers, type Qualifiers, type SeasonWords, type WrittenHours } from './qualifiers.ts';
export { KINDS, type KnownKind, type Per, type SeverityWord, type StartEvent, type ZoneWord, type WindowWord } from './lexicon.ts';
