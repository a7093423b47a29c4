// The corpus as a deterministic sequence: the same seed, scale and index always give the
// same article bytes, so the file generator and the bulk loader agree without sharing files.

import { ArticleWriter } from './article.js';
import type { TruthArticle } from './article.js';
import { buildWorld, defaultPeopleCount } from './world.js';
import type { World } from './world.js';

export interface CorpusOptions {
  articles: number;
  seed: string;
  /** Size of the cast; defaults to a function of the article count. */
  people?: number;
}

export interface Corpus {
  world: World;
  options: Required<CorpusOptions>;
  article(index: number): TruthArticle;
  /** Articles first..first+count-1 (0-based). */
  range(first: number, count: number): Generator<TruthArticle>;
}

export function openCorpus(options: CorpusOptions): Corpus {
  if (!Number.isInteger(options.articles) || options.articles < 1) throw new Error(`articles must be a positive integer, got ${options.articles}`);
  const people = options.people ?? defaultPeopleCount(options.articles);
  if (!Number.isInteger(people) || people < 20) throw new Error(`people must be an integer of at least 20, got ${people}`);
  const world = buildWorld(options.seed, people);
  const writer = new ArticleWriter(world);
  return {
    world,
    options: { articles: options.articles, seed: options.seed, people },
    article: (index) => writer.write(index),
    *range(first, count) {
      const last = Math.min(options.articles, first + count);
      for (let i = first; i < last; i++) yield writer.write(i);
    },
  };
}
