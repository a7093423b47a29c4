// Name normalisation shared by every stage that matches names: the writer stores alias keys
// with it, the API and the linker look names up with it. Changing it means re-keying the graph.

const TITLE_WORDS = new Set([
  'the', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'baroness', 'baron',
  'rt', 'hon', 'prof', 'professor', 'rev', 'reverend',
]);

/** Lower-case, accent-folded, punctuation-free words of a name, possessive `'s` removed. */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .split(' ')
    .filter((w) => w.length > 0);
}

/**
 * The lookup key of a name: its words without honorifics and a leading article, so that
 * "Sir Keir Starmer", "Keir Starmer" and "keir starmer" share one key and "The Tories" is "tories".
 */
export function aliasKey(name: string): string {
  const words = nameWords(name);
  const kept = words.filter((w) => !TITLE_WORDS.has(w));
  // A name that is nothing but title words ("The Lord") keeps them rather than becoming empty.
  return (kept.length > 0 ? kept : words).join(' ');
}

/** The last word of a name's key: the surname of a person's name. */
export function surnameKey(name: string): string {
  const words = aliasKey(name).split(' ');
  return words[words.length - 1] ?? '';
}
