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

const OUTLET_WORDS = /\b(bbc|itv|gmtv|sky|channel 4|channel five|radio|tv|television|programme|show|newsnight|today|news|newspaper|times|guardian|telegraph|mail|mirror|express|sun|observer|independent|herald|scotsman|standard|agency|pa|reuters|press association|associated press|magazine|website|frost|question time|panorama|world at one|world this weekend|pm programme|breakfast|politics show|daily|weekly|sunday|post|economist|spectator|statesman)\b/i;

/** Does the phrase name an outlet or programme ("told the BBC"), not an audience ("told MPs")? */
export function isOutletPhrase(phrase: string): boolean {
  return OUTLET_WORDS.test(phrase) && !/^(mr|mrs|ms|sir|lord|dr)\b/i.test(phrase.trim());
}

export function channelKind(phrase: string): 'programme' | 'outlet' {
  return /\b(programme|show|newsnight|breakfast with frost|question time)\b/i.test(phrase) ? 'programme' : 'outlet';
}
