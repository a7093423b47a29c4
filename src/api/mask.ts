// Error masking: the errors in ./errors.ts reach clients with their message and code;
// everything else (driver errors, Cypher, bugs) becomes "Unexpected error." with no detail.
import { maskError as yogaMaskError, type MaskError } from 'graphql-yoga';

export const PUBLIC_CODES = new Set(['BAD_USER_INPUT', 'AMBIGUOUS_NAME', 'SERVICE_UNAVAILABLE']);

interface ErrorLike {
  name?: unknown;
  originalError?: unknown;
  extensions?: { code?: unknown };
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

export const maskError: MaskError = (error, message) =>
  isPublic(error) ? (error as Error) : yogaMaskError(error, message, false);
