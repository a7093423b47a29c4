// Topics a quote is on: the curated keyword lexicon matched against its content.

import { TOPICS, type TopicEntry } from './lexicon.js';

const PATTERNS: { topic: TopicEntry; pattern: RegExp }[] = TOPICS.map((topic) => ({
  topic,
  pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${topic.keywords.join('|')})(?![\\p{L}\\p{N}])`, 'iu'),
}));

export function topicsOf(content: string): TopicEntry[] {
  return PATTERNS.filter((p) => p.pattern.test(content)).map((p) => p.topic);
}
