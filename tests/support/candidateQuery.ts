// A CandidateQuery with every list empty, for linker lookup tests that set only what they test.
import type { CandidateQuery } from '../../src/link/types.js';

export const candidateQuery = (over: Partial<CandidateQuery>): CandidateQuery => ({
  articleId: 'art_0000000000000000',
  aliasKeys: [],
  surnames: [],
  organisationPrefixes: [],
  roleTitles: [],
  date: null,
  ...over,
});
