import { describe, expect, it } from 'vitest';
import {
  cleanName,
  hadHiddenCharacters,
  idSchema,
  isSafeId,
  mixedScriptWords,
  nameSchema,
} from '../../../shared/domain/names';

describe('cleanName', () => {
  it('removes the right-to-left override that made "Bob‮gnp.exe" display as "Bobexe.png"', () => {
    expect(cleanName('Bob\u202egnp.exe')).toBe('Bobgnp.exe');
    expect(hadHiddenCharacters('Bob\u202egnp.exe')).toBe(true);
  });

  it.each([
    ['NUL', 'Ana\u0000Lima', 'AnaLima'],
    ['isolates', '\u2067Ana\u2069 Lima', 'Ana Lima'],
    ['marks', 'Ana\u200e\u200f', 'Ana'],
    ['embeddings and pop', '\u202aAna\u202c', 'Ana'],
    ['C1 controls and DEL', 'A\u0085n\u009fa\u007f', 'Ana'],
    ['zero-width space and BOM', '\ufeffA\u200bna', 'Ana'],
    ['tabs and newlines as one space', ' Ana\t\n Lima ', 'Ana Lima'],
  ])('removes %s', (_label, raw, clean) => {
    expect(cleanName(raw)).toBe(clean);
  });

  it('keeps real names in every script, accents composed', () => {
    expect(cleanName('Jose\u0301 Serrano')).toBe('José Serrano');
    expect(cleanName('宮園 拓真')).toBe('宮園 拓真');
    expect(cleanName('محمد')).toBe('محمد');
    expect(cleanName('👨‍👩‍👧 Family')).toBe('👨‍👩‍👧 Family');
    expect(hadHiddenCharacters('  José  ')).toBe(false);
  });
});

describe('mixedScriptWords', () => {
  it('finds a word mixing Latin and Cyrillic look-alikes', () => {
    expect(mixedScriptWords('P\u0430ul Smith')).toEqual(['P\u0430ul']);
    expect(mixedScriptWords('\u0410lice')).toEqual(['\u0410lice']);
  });

  it('accepts scripts mixed across words, and single-script names', () => {
    expect(mixedScriptWords('Иван Smith')).toEqual([]);
    expect(mixedScriptWords('Νίκος')).toEqual([]);
    expect(mixedScriptWords('Takuma 宮園')).toEqual([]);
  });
});

describe('ids', () => {
  it.each([
    ['friday-club', true],
    ['gtws-2025-r1-nations-gf', true],
    ['a/b', false],
    ['a\\b', false],
    ['a b', false],
    ['..', false],
    ['bob\u202e', false],
    ['nul\u0000', false],
    ['', false],
  ])('%j safe → %s', (id, safe) => {
    expect(isSafeId(id)).toBe(safe);
    expect(idSchema.safeParse(id).success).toBe(safe);
  });
});

describe('nameSchema', () => {
  it('stores the cleaned name and refuses one that is only invisible characters', () => {
    expect(nameSchema(100).parse('Bob\u202egnp.exe')).toBe('Bobgnp.exe');
    expect(nameSchema(100).safeParse('\u202e\u200e ').success).toBe(false);
    expect(nameSchema(3).safeParse('Anna').success).toBe(false);
  });
});
