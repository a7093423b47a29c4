// Name normalisation shared by every stage that matches names: the writer stores alias keys
// with it, the API and the linker look names up with it. Changing it means re-keying the graph.

const TITLE_WORDS = new Set([
  'the', 'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'dame', 'lord', 'lady', 'baroness', 'baron',
  'rt', 'hon', 'prof', 'professor', 'rev', 'reverend',
]);

/**
 * A pure string function remembered for the strings it has seen: the linker asks for the words
 * and keys of the same few thousand names over and over (every candidate of every batch), and the
 * Unicode regexes below were a tenth of ingest's CPU. Bounded: the map starts afresh when full.
 */
export function memoized<T>(compute: (input: string) => T, max = 50_000): (input: string) => T {
  const seen = new Map<string, T>();
  return (input: string): T => {
    const known = seen.get(input);
    if (known !== undefined) return known;
    const value = compute(input);
    if (seen.size >= max) seen.clear();
    seen.set(input, value);
    return value;
  };
}

/** Lower-case, accent-folded, punctuation-free words of a name, possessive `'s` removed (shared: do not mutate). */
export const nameWords: (name: string) => readonly string[] = memoized((name) => Object.freeze(computeNameWords(name)));

function computeNameWords(name: string): string[] {
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
export const aliasKey: (name: string) => string = memoized(computeAliasKey);

function computeAliasKey(name: string): string {
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
