// Errors clients are meant to see. Anything else thrown in a resolver is masked by yoga.
import { GraphQLError } from 'graphql';

export function badInput(message: string, argument?: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: 'BAD_USER_INPUT', ...(argument ? { argument } : {}) },
  });
}

export interface Candidate {
  id: string;
  name: string;
  type: string;
}

export function ambiguousName(argument: string, name: string, candidates: Candidate[]): GraphQLError {
  const list = candidates.map((c) => `${c.name} (${c.type}, ${c.id})`).join('; ');
  return new GraphQLError(`"${truncate(name)}" names ${candidates.length} entities: ${list}. Ask by id or a fuller name.`, {
    extensions: { code: 'AMBIGUOUS_NAME', argument, candidates },
  });
}

export function databaseUnavailable(): GraphQLError {
  return new GraphQLError('The graph database is not reachable right now; try again shortly.', {
    extensions: { code: 'SERVICE_UNAVAILABLE' },
  });
}

/** Echoing user input in an error message, but never a whole 100 KB of it. */
export function truncate(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
