// Error masking: the errors in ./errors.ts reach clients with their message and code;
// everything else (driver errors, Cypher, bugs) becomes "Unexpected error." with no detail.
import { createGraphQLError, maskError as yogaMaskError, type MaskError } from 'graphql-yoga';

export const PUBLIC_CODES = new Set(['BAD_USER_INPUT', 'AMBIGUOUS_NAME', 'SERVICE_UNAVAILABLE']);

interface ErrorLike {
  name?: unknown;
  originalError?: unknown;
  extensions?: { code?: unknown };
  path?: unknown;
}

// Recognised by shape, not instanceof: a test runner may load a second copy of graphql,
// and an error from one copy is not an instance of the other's GraphQLError.
function isPublic(error: unknown): boolean {
  let current = error as ErrorLike | null | undefined;
  while (current?.originalError != null) current = current.originalError as ErrorLike;
  return (
    current != null &&
    current.name === 'GraphQLError' &&
    typeof current.extensions?.code === 'string' &&
    PUBLIC_CODES.has(current.extensions.code)
  );
}

// An error raised while executing (it has a path) that is not one of ours is internal, even when
// it is a GraphQLError of its own: the compiled executor (graphql-jit) raises a value the schema
// cannot represent (e.g. a stored enum value) as a GraphQLError with no originalError, which
// yoga's maskError would pass through as if it were meant for the client. Parse and validation
// errors have no path and stay as they are.
function raisedInExecution(error: unknown): error is ErrorLike & { path: readonly (string | number)[] } {
  const e = error as ErrorLike | null | undefined;
  return e?.name === 'GraphQLError' && Array.isArray(e.path) && e.path.length > 0;
}

export const maskError: MaskError = (error, message) => {
  if (isPublic(error)) return error as Error;
  if (raisedInExecution(error)) {
    return createGraphQLError(message, { path: error.path, extensions: { code: 'INTERNAL_SERVER_ERROR', unexpected: true } });
  }
  return yogaMaskError(error, message, false);
};
