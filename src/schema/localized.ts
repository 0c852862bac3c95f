/** Reading localised text: Chinese always, English falling back to Chinese. */
import type { LocalizedText } from './primitives.ts';

export const zh = (t: LocalizedText) => (typeof t === 'string' ? t : t.zh);
export const en = (t: LocalizedText) => (typeof t === 'string' ? t : (t.en ?? t.zh));
export const hasEnglish = (t: LocalizedText) => typeof t !== 'string' && t.en !== undefined;
