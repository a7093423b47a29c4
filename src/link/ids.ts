// Deterministic ids: the same article text or the same canonical name always yields the same
// id, so two ingests of one article (even concurrent ones) converge on MERGE.

import { createHash } from 'node:crypto';
import type { EntityType } from '../model/bundle.js';
import { aliasKey } from '../model/names.js';

const PREFIX: Record<EntityType, string> = {
  Person: 'per_',
  Organisation: 'org_',
  Place: 'plc_',
  Topic: 'top_',
  UnnamedSource: 'src_',
};

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** "art_" + the first 16 hex digits of the sha256 of the (already normalised) text. */
export function articleId(text: string): string {
  return `art_${sha256Hex(text).slice(0, 16)}`;
}

export function slug(name: string): string {
  const s = aliasKey(name).replace(/\s+/g, '-').slice(0, 60).replace(/-+$/, '');
  return s.length > 0 ? s : sha256Hex(name).slice(0, 8);
}

export function entityId(type: EntityType, name: string): string {
  return PREFIX[type] + slug(name);
}

/** Id of a second, different entity of the same name, told apart by a context word. */
export function disambiguatedId(type: EntityType, name: string, context: string): string {
  return `${entityId(type, name)}--${sha256Hex(`${aliasKey(name)}|${context}`).slice(0, 6)}`;
}

/** Unnamed sources are not identifiable across articles: one per article and description. */
export function unnamedSourceId(articleIdValue: string, description: string): string {
  const described = description.trim().replace(/^(a|an|one|some|the|two|three|several)\s+/i, '');
  return `src_${articleIdValue.replace(/^art_/, '')}-${slug(described)}`;
}

export function quoteId(articleIdValue: string, start: number, end: number): string {
  return `quo_${sha256Hex(`${articleIdValue}:${start}:${end}`).slice(0, 16)}`;
}

export function roleId(personId: string, title: string, qualifierId: string | null): string {
  const base = `${personId.replace(/^per_/, '')}-${slug(title)}`;
  return `rol_${qualifierId === null ? base : `${base}-${qualifierId.replace(/^[a-z]+_/, '')}`}`;
}
