/**
 * 暗标: a technical volume scored blind must not identify the bidder. The builder leaves out
 * the name, numbers, addresses and offices, but a prose template or a content text (a
 * service tenet that says "恒信人", a team note naming a branch) can still carry them in. So
 * the rendered document's own text — every run, cell, field and property — is searched for
 * every identifying text of the organisation, and each one found is a leak.
 */
import type { Entry } from '../content/load.ts';
import type { PathKey } from '../content/yaml-source.ts';
import type { SourceRef } from '../diagnostics/diagnostic.ts';
import type { LocalizedText } from '../schema/primitives.ts';
import type { Document } from './nodes.ts';
import { textsOf } from './texts.ts';

export interface Identifying {
  text: string;
  /** What it is, in words: "the organisation's name", "the hotline's number". */
  what: string;
  at: SourceRef;
}

export interface Leak extends Identifying {
  /** Where in the document: "under 一、售后服务机构与团队", "on the cover", "in the file's properties". */
  where: string;
}

/** Shorter texts are words anybody may write (a 2-character short name is still checked: it is the point). */
const SHORTEST = 2;

/** Every text that names the bidder: its names, every channel's number, every office's name and address. */
export function identifyingTexts(organisation: Entry<'organisation'>): Identifying[] {
  const org = organisation.data;
  const out: Identifying[] = [];
  const add = (t: LocalizedText | string, what: string, path: PathKey[]) => {
    for (const text of typeof t === 'string' ? [t] : Object.values(t)) {
      if (typeof text === 'string' && text.trim().length >= SHORTEST) out.push({ text: text.trim(), what, at: organisation.locate(path) });
    }
  };
  add(org.name, "the organisation's name", ['name']);
  if (org.shortName) add(org.shortName, "the organisation's short name", ['shortName']);
  org.channels.forEach((c, i) => add(c.value, `the number or address of channel "${c.id}"`, ['channels', i, 'value']));
  org.offices.forEach((o, i) => {
    add(o.name, `the name of office "${o.id}"`, ['offices', i, 'name']);
    add(o.address, `the address of office "${o.id}"`, ['offices', i, 'address']);
  });
  return out;
}

/** Every identifying text the document contains, once each, with the first place it stands. */
export function leaksOf(doc: Document, identifying: readonly Identifying[]): Leak[] {
  const found = new Map<string, Leak>();
  for (const piece of textsOf(doc)) {
    for (const id of identifying) {
      if (!found.has(id.text) && piece.text.includes(id.text)) found.set(id.text, { ...id, where: piece.where });
    }
  }
  return [...found.values()];
}
