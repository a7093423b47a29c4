// The linking stage: extracted article + graph candidates -> GraphBundle.

import type { ExtractedArticle } from '../extract/types.js';
import { buildCandidateQuery } from './candidateQuery.js';
import { linkArticle, type LinkResult } from './linkArticle.js';
import type { ArticleMeta, EntityIndex } from './types.js';

export { linkArticle, type LinkResult, type LinkStats } from './linkArticle.js';
export { buildCandidateQuery } from './candidateQuery.js';
export { MemoryEntityIndex } from './memoryIndex.js';
export { Neo4jEntityIndex } from './neo4jIndex.js';
export { articleId, entityId, sha256Hex } from './ids.js';
export type { ArticleMeta, Candidate, CandidateQuery, CandidateSet, EntityIndex } from './types.js';

/** Looks the article's names up in the index (one batched read) and links it. */
export async function linkWithIndex(extracted: ExtractedArticle, meta: ArticleMeta, index: EntityIndex): Promise<LinkResult> {
  const candidates = await index.lookup(buildCandidateQuery(extracted, meta));
  return linkArticle(extracted, meta, candidates);
}
