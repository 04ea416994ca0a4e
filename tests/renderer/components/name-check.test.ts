import { describe, expect, it } from 'vitest';
import { nameCheckMessage } from '../../../renderer/src/components/NameCheck';

describe('nameCheckMessage', () => {
  it('warns about a word mixing Latin and Cyrillic look-alikes', () => {
    expect(nameCheckMessage('P\u0430ul')).toBe(
      '“P\u0430ul” mixes letters of different alphabets that look alike (for example a Cyrillic “а” in a Latin name). Check it is spelled as intended.',
    );
  });

  it('says hidden characters will be removed', () => {
    expect(nameCheckMessage('Bob\u202egnp.exe')).toBe(
      'Invisible control characters in the name will be removed.',
    );
  });

  it('says nothing about plain names in any script', () => {
    expect(nameCheckMessage('José Serrano')).toBeNull();
    expect(nameCheckMessage('Иван Petrov')).toBeNull();
  });
});
