// Name arguments: validated and turned into alias keys (src/model/names.ts), which is how
// the graph indexes every name and alias of an entity.
import { aliasKey } from '../model/names.js';
import { badInput } from './errors.js';

export const MAX_NAME_LENGTH = 300;
export const MAX_SEARCH_LENGTH = 300;

/** The alias key of a name argument, or a clear error when it cannot name anything. */
export function nameKey(argument: string, name: string): string {
  if (name.trim().length === 0) throw badInput(`${argument} must not be empty.`, argument);
  if (name.length > MAX_NAME_LENGTH) {
    throw badInput(`${argument} is too long (${name.length} characters; at most ${MAX_NAME_LENGTH}).`, argument);
  }
  const key = aliasKey(name);
  if (key.length === 0) throw badInput(`${argument} has no letters or digits to match a name.`, argument);
  return key;
}

/** Search text: trimmed, lower-cased, bounded. */
export function searchText(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw badInput('text must not be empty.', 'text');
  if (text.length > MAX_SEARCH_LENGTH) {
    throw badInput(`text is too long (${text.length} characters; at most ${MAX_SEARCH_LENGTH}).`, 'text');
  }
  return trimmed.toLowerCase();
}

export function idArg(argument: string, id: string): string {
  if (id.length === 0 || id.length > MAX_NAME_LENGTH) {
    throw badInput(`${argument} must be a non-empty id of at most ${MAX_NAME_LENGTH} characters.`, argument);
  }
  return id;
}
