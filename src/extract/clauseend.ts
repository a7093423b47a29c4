// Where a reported clause ends inside its sentence: the report runs from its first word up to a
// boundary after which the article speaks in its own voice: a semicolon ("...; the Center found"),
// a non-restrictive "which" ("..., which RT pointed to"), a comma plus contrast ("..., but",
// "..., while"), a comma plus concession ("..., despite", "..., even as") or a comma plus participle.
// A dash is no boundary: dashed asides inside reports are as common as outside.
import type { Token } from './document.js';

/** "..., but the figures show ...", "..., while critics say ...": a contrast the article adds. */
const CONTRASTS = new Set(['but', 'while', 'although', 'though', 'whereas']);

/** The last token of the clause that starts at `from` and may run to `limit`. */
export function clauseEnd(tokens: Token[], from: number, limit: number): number {
  // Quoted words inside the clause are the speaker's own: no boundary is looked for in them.
  for (let i = from + 2; i <= limit; i++) {
    const t = tokens[i];
    // ('promising lower taxes and “jobs, jobs, jobs,” but ...': a comma set inside the closing mark is the boundary too.)
    const after = tokens[i + 1];
    if (t && t.kind === 'quote' && tokens[i - 1]?.text === ',' && after?.kind === 'word' && after.quote < 0 && (after.lower === 'which' || CONTRASTS.has(after.lower))) return i;
    if (!t || t.quote >= 0) continue;
    const n = tokens[i + 1];
    if (t.text === ';') return i - 1;
    if (t.text !== ',' || !n || n.kind !== 'word' || n.quote >= 0) continue;
    if (n.lower === 'which' || CONTRASTS.has(n.lower)) return i - 1;
    // "..., aside from saying ...", "..., not that he ...": an exception or a correction the article adds.
    if ((n.lower === 'aside' || n.lower === 'apart') && tokens[i + 2]?.lower === 'from') return i - 1;
    if (n.lower === 'not' && tokens[i + 2]?.lower === 'that') return i - 1;
    // "..., despite weeks of dipping poll numbers", "..., even as footage circulated widely": a concession the article sets against the report.
    if (n.lower === 'despite' || (n.lower === 'even' && tokens[i + 2]?.lower === 'as')) return i - 1;
    // "..., when he first released his plan", "..., and when pressed on why ...": a time the article adds to the report.
    // (A "when" clause closed by a comma opens the next clause: "..., when you start working, it doesn't matter".)
    if (n.lower === 'and' && tokens[i + 2]?.lower === 'when') return i - 1;
    if (n.lower === 'when' && !tokens.slice(i + 2, limit + 1).some((c) => c.text === ',' && c.quote < 0)) return i - 1;
    // "..., contradicting the police account": a participle after a comma is the article's comment.
    if (/^[a-z]+ing$/.test(n.text) && n.lower !== 'including' && n.lower !== 'according') return i - 1;
  }
  return limit;
}
