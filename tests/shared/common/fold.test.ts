/** One name folding: the picker's search, the parser's driver matching and slugs agree. */
import { describe, expect, it } from 'vitest';
import { searchEntries } from '../../../renderer/src/components/entry-search';
import { foldName } from '../../../shared/common/fold';
import { slugify } from '../../../shared/domain/ids';
import type { Driver } from '../../../shared/domain/types';
import { createDriverIndex } from '../../../shared/results';

const driver = (id: string, name: string): Driver => ({ id, name, country: 'DK', psnIds: [], aliases: [] });
const DRIVERS = [
  driver('mikkel-sorensen', 'Mikkel Sørensen'),
  driver('lukasz-nowak', 'Łukasz Nowak'),
  driver('jan-strauss', 'Jan Strauß'),
  driver('jose-serrano', 'José Serrano'),
];

describe('foldName', () => {
  it.each([
    ['Sørensen', 'sorensen'],
    ['Łukasz', 'lukasz'],
    ['Strauß', 'strauss'],
    ['José', 'jose'],
    ['Æbeltoft', 'aebeltoft'],
    ['Þór Đorđević', 'thor dordevic'],
  ])('%s folds to %s', (name, folded) => {
    expect(foldName(name)).toBe(folded);
  });

  it('keeps look-alike letters of other scripts apart', () => {
    expect(foldName('Аnna')).not.toBe(foldName('Anna'));
  });

  it.each([
    ['sorensen', 'mikkel-sorensen', 'Mikkel Sorensen'],
    ['lukasz', 'lukasz-nowak', 'Lukasz Nowak'],
    ['strauss', 'jan-strauss', 'Jan Strauss'],
  ])(
    'the picker finds "%s", the parser matches the plain spelling and the slug agrees',
    (query, id, plain) => {
      expect(searchEntries(DRIVERS, query).map((d) => d.id)).toEqual([id]);
      expect(createDriverIndex(DRIVERS).match(plain).driverId).toBe(id);
      expect(slugify(DRIVERS.find((d) => d.id === id)!.name)).toBe(id);
    },
  );
});
