// Consistency checks on a bundle before anything is written: a relationship to an id that
// exists nowhere would otherwise be dropped silently by MATCH and leave a half-linked graph.
import { createHash } from 'node:crypto';
import type { EntityType, GraphBundle, Span } from '../model/bundle.js';
import { sortKeyIdProblems } from './sortKey.js';

export interface Reference {
  id: string;
  /** Where the reference sits, for error messages: "quotes[3].speakerId". */
  path: string;
  /** The entity types the reference may point at; undefined: any entity. */
  types?: EntityType[];
}

export interface BundleCheck {
  problems: string[];
  /** Entity ids referenced but not defined in the bundle: they must already be in the graph. */
  external: Reference[];
  /** Article ids referenced but not defined in the bundle. */
  externalArticles: Reference[];
}

function spanProblem(span: Span, text: string | undefined, path: string): string | null {
  if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end < span.start) {
    return `${path}: bad offsets [${span.start}, ${span.end})`;
  }
  if (text === undefined) return null;
  if (span.end > text.length) return `${path}: end ${span.end} is past the article end ${text.length}`;
  const actual = text.slice(span.start, span.end);
  return actual === span.text
    ? null
    : `${path}: text ${JSON.stringify(span.text)} does not match the article at [${span.start}, ${span.end}): ${JSON.stringify(actual)}`;
}

const RESERVED_FACT_KEYS = new Set(['id', 'kind', 'text', 'start', 'end']);

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const id of ids) (seen.has(id) ? dup : seen).add(id);
  return [...dup];
}

export function checkBundle(bundle: GraphBundle): BundleCheck {
  const problems: string[] = [];
  const entityTypes = new Map(bundle.entities.map((e) => [e.id, e.type] as const));
  const articleTexts = new Map(bundle.articles.map((a) => [a.id, a.text] as const));
  const refs: Reference[] = [];
  const articleRefs: Reference[] = [];

  for (const [what, ids] of [
    ['entity', bundle.entities.map((e) => e.id)],
    ['article', bundle.articles.map((a) => a.id)],
    ['role', bundle.roles.map((r) => r.id)],
    ['quote', bundle.quotes.map((q) => q.id)],
    ['fact', bundle.facts.map((f) => f.id)],
  ] as const) {
    for (const id of duplicates([...ids])) problems.push(`duplicate ${what} id ${id}`);
  }
  problems.push(...sortKeyIdProblems(bundle));

  bundle.articles.forEach((a, i) => {
    const sha256 = createHash('sha256').update(a.text, 'utf8').digest('hex');
    if (a.sha256 !== sha256) problems.push(`articles[${i}].sha256: ${a.sha256} is not the sha256 of its text (${sha256})`);
    if (a.id !== `art_${sha256.slice(0, 16)}`) problems.push(`articles[${i}].id: ${a.id} should be art_${sha256.slice(0, 16)}`);
  });
  bundle.roles.forEach((r, i) => {
    refs.push({ id: r.personId, path: `roles[${i}].personId`, types: ['Person'] });
    if (r.organisationId) refs.push({ id: r.organisationId, path: `roles[${i}].organisationId`, types: ['Organisation'] });
    if (r.placeId) refs.push({ id: r.placeId, path: `roles[${i}].placeId`, types: ['Place'] });
  });
  bundle.memberships.forEach((m, i) => {
    refs.push({ id: m.memberId, path: `memberships[${i}].memberId`, types: ['Person', 'UnnamedSource'] });
    refs.push({ id: m.organisationId, path: `memberships[${i}].organisationId`, types: ['Organisation'] });
  });
  bundle.quotes.forEach((q, i) => {
    const path = `quotes[${i}]`;
    articleRefs.push({ id: q.articleId, path: `${path}.articleId` });
    if (q.speakerId) refs.push({ id: q.speakerId, path: `${path}.speakerId`, types: ['Person', 'Organisation', 'UnnamedSource'] });
    q.aboutIds.forEach((id, j) => refs.push({ id, path: `${path}.aboutIds[${j}]` }));
    q.topicIds.forEach((id, j) => refs.push({ id, path: `${path}.topicIds[${j}]`, types: ['Topic'] }));
    if (q.channel) refs.push({ id: q.channel.organisationId, path: `${path}.channel.organisationId`, types: ['Organisation'] });
    const text = articleTexts.get(q.articleId);
    const spans: [string, Span | null][] = [
      ['content', q.content],
      ['cue', q.cue],
      ['source', q.source],
      ['channel.phrase', q.channel?.phrase ?? null],
    ];
    for (const [name, span] of spans) {
      const problem = span && spanProblem(span, text, `${path}.${name}`);
      if (problem) problems.push(problem);
    }
  });
  bundle.mentions.forEach((m, i) => {
    articleRefs.push({ id: m.articleId, path: `mentions[${i}].articleId` });
    refs.push({ id: m.entityId, path: `mentions[${i}].entityId` });
    const problem = spanProblem(m, articleTexts.get(m.articleId), `mentions[${i}]`);
    if (problem) problems.push(problem);
  });
  bundle.facts.forEach((f, i) => {
    articleRefs.push({ id: f.articleId, path: `facts[${i}].articleId` });
    f.involves.forEach((inv, j) => refs.push({ id: inv.entityId, path: `facts[${i}].involves[${j}].entityId` }));
    for (const key of Object.keys(f.properties ?? {})) {
      if (RESERVED_FACT_KEYS.has(key)) problems.push(`facts[${i}].properties.${key}: reserved for the fact itself`);
    }
    const problem = spanProblem(f.span, articleTexts.get(f.articleId), `facts[${i}].span`);
    if (problem) problems.push(problem);
  });

  const external: Reference[] = [];
  for (const ref of refs) {
    const type = entityTypes.get(ref.id);
    if (type === undefined) external.push(ref);
    else if (ref.types && !ref.types.includes(type)) {
      problems.push(`${ref.path}: ${ref.id} is a ${type}, expected ${ref.types.join(' or ')}`);
    }
  }
  return { problems, external, externalArticles: articleRefs.filter((r) => !articleTexts.has(r.id)) };
}
