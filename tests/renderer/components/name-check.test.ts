import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { nameCheckMessage } from '../../../renderer/src/components/NameCheck';
import { i18n } from '../../../renderer/src/i18n/setup';

let t: TFunction;
beforeAll(async () => {
  await i18n.loadNamespaces('picker');
  t = i18n.getFixedT('en');
});

describe('nameCheckMessage', () => {
  it('warns about a word mixing Latin and Cyrillic look-alikes', () => {
    expect(nameCheckMessage('P\u0430ul', t)).toBe(
      '“P\u0430ul” mixes letters of different alphabets that look alike (for example a Cyrillic “а” in a Latin name). Check it is spelled as intended.',
    );
  });

  it('says hidden characters will be removed', () => {
    expect(nameCheckMessage('Bob\u202egnp.exe', t)).toBe(
      'Invisible control characters in the name will be removed.',
    );
  });

  it('says nothing about plain names in any script', () => {
    expect(nameCheckMessage('José Serrano', t)).toBeNull();
    expect(nameCheckMessage('Иван Petrov', t)).toBeNull();
  });
});
