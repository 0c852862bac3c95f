/**
 * Maintenance frequencies in order, most frequent first, with the Chinese words a bid
 * uses for them; shared by the maintenance rules.
 */
import { FREQUENCIES, type Frequency } from '../../schema/index.ts';

/** 0 for weekly, growing as visits become rarer. */
export const rarity = (f: Frequency) => FREQUENCIES.indexOf(f);

const ZH: Record<Frequency, string> = { weekly: '每周', monthly: '每月', quarterly: '每季度', semiannual: '每半年', annual: '每年' };

/** "quarterly (每季度)". */
export const describeFrequency = (f: Frequency) => `${f} (${ZH[f]})`;
