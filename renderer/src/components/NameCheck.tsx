import { hadHiddenCharacters, mixedScriptWords } from '../../../shared/domain/names';

/**
 * Words in a typed name that mix look-alike scripts, and whether hidden
 * characters will be removed on save, in words for the screen; null when the
 * name is plain.
 */
export function nameCheckMessage(name: string): string | null {
  const parts: string[] = [];
  const mixed = mixedScriptWords(name);
  if (mixed.length > 0)
    parts.push(
      `${mixed.map((word) => `“${word}”`).join(', ')} mixes letters of different alphabets that look alike (for example a Cyrillic “а” in a Latin name). Check it is spelled as intended.`,
    );
  if (hadHiddenCharacters(name)) parts.push('Invisible control characters in the name will be removed.');
  return parts.length > 0 ? parts.join(' ') : null;
}

/** A polite warning under a name field; nothing when the name is plain. */
export function NameCheck({ name, id }: { name: string; id?: string }) {
  const message = nameCheckMessage(name);
  if (!message) return null;
  return (
    <p className="notice warn" id={id} role="status">
      {message}
    </p>
  );
}
