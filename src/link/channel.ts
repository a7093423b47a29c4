// The channel a statement went through ("told the BBC", "Radio 4's Today programme"):
// the keys to look it up by and, when the graph lacks it, the organisation to create.

import { aliasKey } from '../model/names.js';

/** Lookup keys: the whole phrase, and the programme part after a possessive ("Today programme"). */
export function channelKeys(phrase: string): string[] {
  const cleaned = phrase.trim().replace(/^the\s+/i, '');
  const keys = new Set<string>([aliasKey(cleaned)]);
  const possessive = cleaned.split(/['’]s\s+/u);
  if (possessive.length > 1) keys.add(aliasKey(possessive[possessive.length - 1] ?? ''));
  keys.delete('');
  return [...keys];
}

export function channelName(phrase: string): string {
  return phrase.trim().replace(/^the\s+/i, '');
}

export function channelKind(phrase: string): 'programme' | 'outlet' {
  return /\b(programme|show|newsnight|breakfast with frost|question time)\b/i.test(phrase) ? 'programme' : 'outlet';
}
