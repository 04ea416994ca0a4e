import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { hadHiddenCharacters, mixedScriptWords } from '../../../shared/domain/names';

/**
 * Words in a typed name that mix look-alike scripts, and whether hidden
 * characters will be removed on save, in words for the screen (through `t`,
 * with the `picker` namespace loaded); null when the name is plain.
 */
export function nameCheckMessage(name: string, t: TFunction): string | null {
  const parts: string[] = [];
  const mixed = mixedScriptWords(name);
  if (mixed.length > 0)
    parts.push(
      t('picker:nameCheck.mixed', {
        words: mixed.map((word) => t('picker:nameCheck.quoted', { word })).join(', '),
      }),
    );
  if (hadHiddenCharacters(name)) parts.push(t('picker:nameCheck.hidden'));
  return parts.length > 0 ? parts.join(' ') : null;
}

/** A polite warning under a name field; nothing when the name is plain. */
export function NameCheck({ name, id }: { name: string; id?: string }) {
  const { t } = useTranslation('picker');
  const message = nameCheckMessage(name, t);
  if (!message) return null;
  return (
    <p className="notice warn" id={id} role="status">
      {message}
    </p>
  );
}
