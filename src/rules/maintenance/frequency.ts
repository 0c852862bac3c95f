/**
 * Maintenance frequencies in order, most frequent first, with the Chinese words a bid
 * uses for them; shared by the maintenance rules.
 */
import { FREQUENCY_LABELS } from '../../model/labels.ts';
import { FREQUENCIES, type Frequency } from '../../schema/index.ts';

/** 0 for weekly, growing as visits become rarer. */
export const rarity = (f: Frequency) => FREQUENCIES.indexOf(f);

/** "quarterly (每季度)". */
export const describeFrequency = (f: Frequency) => `${f} (${FREQUENCY_LABELS[f].zh})`;
