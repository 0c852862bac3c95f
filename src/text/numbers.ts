/**
 * Numbers as bid writers type them: Arabic (also full-width, with decimals), Chinese
 * (一二两三…十百千万, 〇/零, 廿/卅), formal capitals (壹贰叁…拾佰仟), halves (半, 一个半,
 * 一年半 is handled by the scanner) and English words (two, twenty-four, half, one and a half).
 * Pure; no I/O.
 */

const ZH_DIGIT: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 两: 2, 兩: 2, 贰: 2, 貳: 2, 三: 3, 叁: 3, 參: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 陸: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const ZH_MULTIPLIER: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const ZH_TENS: Readonly<Record<string, number>> = { 廿: 20, 卅: 30 };

/** Characters a Chinese numeral is written with (for building scanners). */
export const ZH_NUMERAL_CHARS = `${Object.keys(ZH_DIGIT).join('')}${Object.keys(ZH_MULTIPLIER).join('')}${Object.keys(ZH_TENS).join('')}万萬`;

/**
 * A regex source for one number as written in Chinese text: Arabic with decimals, or a Chinese
 * numeral (with 点 decimals). It matches only from the first character of a run of numerals
 * (the look-behinds), so that a run of n numerals is read once and not tried from each of its
 * n characters, which would cost n² (tests/text/patterns-linear.test.ts).
 */
export const ZH_NUMBER_SOURCE = `(?<![0-9.])[0-9]+(?:\\.[0-9]+)?|(?<![${ZH_NUMERAL_CHARS}])[${ZH_NUMERAL_CHARS}]+(?:点[零〇一二三四五六七八九]+)?`;

const EN_UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
};
const EN_TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

const enUnitWords = Object.keys(EN_UNITS).sort((a, b) => b.length - a.length).join('|');
const enTensWords = Object.keys(EN_TENS).join('|');
/**
 * A regex source for one number written in English words: "two", "twenty-four",
 * "one hundred and twenty", "one and a half". No capture groups.
 */
export const EN_NUMBER_WORDS_SOURCE =
  `(?:(?:one|a)\\s+hundred(?:\\s+and\\s+(?:(?:${enTensWords})(?:[\\s-]+(?:${enUnitWords}))?|${enUnitWords}))?` +
  `|(?:${enTensWords})(?:[\\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?` +
  `|(?:${enUnitWords}))(?:\\s+and\\s+a\\s+half)?`;

const FULL_WIDTH_DIGIT = /[０-９．]/g;
const toAscii = (s: string) => s.replace(FULL_WIDTH_DIGIT, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/**
 * The value of a number as written, or undefined when it is not one.
 * `parseNumber('二十四')` → 24, `('贰')` → 2, `('一个半')` → 1.5, `('２')` → 2,
 * `('twenty-four')` → 24, `('one and a half')` → 1.5, `('半')` → 0.5.
 */
export function parseNumber(written: string): number | undefined {
  const s = toAscii(written.trim());
  if (s === '') return undefined;
  if (/^[0-9]+(\.[0-9]+)?$/.test(s)) return Number(s);
  // "一个半", "两个半", "1个半", "一半"? — a trailing half.
  const half = /^(.*?)个?半$/.exec(s);
  if (half) {
    if (half[1] === '' || s === '一半') return 0.5;
    const whole = parseNumber(half[1]!);
    return whole === undefined ? undefined : whole + 0.5;
  }
  if (/^[a-z\s-]+$/i.test(s)) return parseEnglish(s);
  return parseChinese(s);
}

/** A Chinese numeral (including 点 decimals), or undefined when malformed. */
export function parseChinese(s: string): number | undefined {
  const dot = s.indexOf('点');
  if (dot >= 0) {
    const whole = dot === 0 ? 0 : parseChinese(s.slice(0, dot));
    const frac = s.slice(dot + 1);
    if (whole === undefined || frac === '' || [...frac].some((c) => ZH_DIGIT[c] === undefined)) return undefined;
    return Number(`${whole}.${[...frac].map((c) => ZH_DIGIT[c]).join('')}`);
  }
  const chars = [...s];
  if (chars.length === 0) return undefined;
  // Digit strings without multipliers: "二〇二六" is 2026; a lone digit is itself.
  if (chars.every((c) => ZH_DIGIT[c] !== undefined)) {
    if (chars.length > 1 && !chars.includes('〇') && !chars.includes('零')) return undefined; // "一二" is "one or two", not 12
    return Number(chars.map((c) => ZH_DIGIT[c]).join(''));
  }
  let total = 0; // completed 万 groups
  let section = 0; // below 万
  let digit: number | undefined; // pending digit
  let lastMultiplier = 0; // the multiplier just applied, for "一百二" (= 120)
  let zeroSeen = false;
  for (const c of chars) {
    const d = ZH_DIGIT[c];
    if (d !== undefined) {
      if (digit !== undefined && digit !== 0 && d !== 0) return undefined; // two digits in a row: "十二三"
      if (d === 0) zeroSeen = true;
      digit = d;
      continue;
    }
    const m = ZH_MULTIPLIER[c];
    if (m !== undefined) {
      if (lastMultiplier !== 0 && m >= lastMultiplier) return undefined; // "十十", "十百"
      // "十二" starts with an implied one; "一百零五" has a 零 placeholder.
      section += (digit === undefined || digit === 0 ? 1 : digit) * m;
      digit = undefined;
      lastMultiplier = m;
      zeroSeen = false;
      continue;
    }
    const t = ZH_TENS[c];
    if (t !== undefined) {
      if (digit !== undefined || section !== 0) return undefined;
      section = t;
      lastMultiplier = 10;
      continue;
    }
    if (c === '万' || c === '萬') {
      total += (section + (digit ?? 0) || 1) * 10000;
      section = 0;
      digit = undefined;
      lastMultiplier = 0;
      continue;
    }
    return undefined;
  }
  if (digit !== undefined) {
    // "一百二" is 120 and "三千五" 3500: a trailing digit right after a multiplier ≥ 100
    // counts in the next lower place. After 零 ("一百零二") it is a unit.
    section += lastMultiplier >= 100 && !zeroSeen ? digit * (lastMultiplier / 10) : digit;
  }
  return total + section;
}

/** An English number in words: "twenty-four", "one hundred and twenty", "one and a half", "half". */
export function parseEnglish(s: string): number | undefined {
  const words = s.toLowerCase().split(/[\s-]+/).filter((w) => w !== '');
  if (words.length === 0) return undefined;
  let value = 0;
  let current = 0;
  let any = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === 'and') {
      if (words[i + 1] === 'a' && words[i + 2] === 'half' && i + 3 === words.length) {
        return (any ? value + current : 0) + 0.5;
      }
      continue;
    }
    if (w === 'half' && i === words.length - 1) {
      // "half", "a half"
      if (!any || (words.length === 2 && words[0] === 'a')) return 0.5;
      return undefined;
    }
    if ((w === 'a' || w === 'an') && !any) {
      current = 1;
      any = true;
      continue;
    }
    if (EN_UNITS[w] !== undefined) {
      current += EN_UNITS[w]!;
      any = true;
    } else if (EN_TENS[w] !== undefined) {
      current += EN_TENS[w]!;
      any = true;
    } else if (w === 'hundred') {
      current = (current || 1) * 100;
      any = true;
    } else if (w === 'thousand') {
      value += (current || 1) * 1000;
      current = 0;
      any = true;
    } else return undefined;
  }
  return any ? value + current : undefined;
}

/**
 * Two neighbouring digits written together as an estimate — "一两天" (a day or two),
 * "两三个小时", "三五年" — as a range, or undefined.
 */
export function parseChineseApprox(s: string): { from: number; to: number } | undefined {
  const chars = [...s];
  if (chars.length !== 2) return undefined;
  const a = ZH_DIGIT[chars[0]!];
  const b = ZH_DIGIT[chars[1]!];
  if (a === undefined || b === undefined || a === 0 || b <= a || b - a > 2) return undefined;
  return { from: a, to: b };
}
