import { describe, expect, it } from 'vitest';
import { BUILT_IN_SEASONS, getBuiltInSeason } from '../../../shared/seasons';
import {
  applyLineup,
  copyEntryList,
  defaultChoice,
  knownDrivers,
  matchLineup,
  parseLineup,
  type LineupChoice,
  type LineupRow,
} from '../../../shared/lineup';
import type { Season } from '../../../shared/domain/types';

const known = knownDrivers(BUILT_IN_SEASONS);
const match = (text: string) => matchLineup(parseLineup(text), known);
const statuses = (rows: LineupRow[]) =>
  rows.map(({ match: m }) =>
    m.status === 'matched' || m.status === 'duplicate'
      ? `${m.status}:${m.driverId}`
      : m.status === 'new'
        ? `new:${m.driver.id}`
        : `ambiguous:${m.reason}:${m.candidates.join('+')}`,
  );

function emptySeason(): Season {
  return {
    id: 'gtws-2026',
    name: 'Gran Turismo World Series 2026',
    year: 2026,
    rounds: [],
    drivers: [],
    teams: [],
    entryLists: { nations: [], manufacturers: [] },
  };
}

describe('knownDrivers', () => {
  it('folds the seasons into one person per id, newest PSN ID first, old ones kept', () => {
    const serrano = known.find((d) => d.id === 'jose-serrano')!;
    expect(serrano.psnIds).toEqual(['JoseSerrano_16', 'TDG_JOSETE']);
    expect(serrano.aliases).toContain('José Serrano');
    expect(serrano.seasonIds).toEqual(['gtws-2024', 'gtws-2025']);
    // Drivers of only one season are known too (Coque López raced in 2024).
    expect(known.find((d) => d.id === 'coque-lopez')?.seasonIds).toEqual(['gtws-2024']);
    expect(new Set(known.map((d) => d.id)).size).toBe(known.length);
  });
});

describe('matchLineup', () => {
  it('matches by name, accents folded, and by alias', () => {
    expect(statuses(match('Jose Serrano\nJOSÉ SERRANO\nCoque Lopez\nKaj De Bruin'))).toEqual([
      'matched:jose-serrano',
      'duplicate:jose-serrano',
      'matched:coque-lopez',
      'matched:kaj-de-bruin',
    ]);
    expect(match('Coque Lopez')[0]!.match).toMatchObject({ by: 'name', newAlias: null });
    // A nickname a season lists as another spelling (Robert "Robby" Heck).
    const heck = getBuiltInSeason('gtws-2024')!.drivers.find((d) => d.id === 'robert-heck')!;
    const withNickname = knownDrivers([
      ...BUILT_IN_SEASONS,
      { ...emptySeason(), drivers: [{ ...heck, aliases: ['Robby Heck'] }] },
    ]);
    expect(matchLineup(parseLineup('Robby Heck'), withNickname)[0]!.match).toMatchObject({
      status: 'matched',
      driverId: 'robert-heck',
      by: 'alias',
      newAlias: null,
    });
    // Another spelling than any known one is kept, so result files written that way match too.
    expect(match('Angel Inostroza')[0]!.match).toMatchObject({ by: 'name', newAlias: null });
    expect(match('Coque LOPEZ')[0]!.match).toMatchObject({ by: 'name', newAlias: null });
    expect(match('jose-serrano')[0]!.match).toMatchObject({ by: 'name' });
  });

  it('matches by PSN ID, old or new, even when the name is spelt another way', () => {
    const rows = match('TDG_JOSETE\nKerokkuma_ej20\nTakuma M. (Kerokkuma_ej20)');
    expect(statuses(rows)).toEqual([
      'matched:jose-serrano',
      'matched:takuma-miyazono',
      'duplicate:takuma-miyazono',
    ]);
    const spelt = match('Takuma M. (Kerokkuma_ej20)')[0]!.match;
    expect(spelt).toMatchObject({ status: 'matched', by: 'psn-id', newAlias: 'Takuma M.', newPsnId: null });
  });

  it('matches a Manufacturers Cup driver whose country no source gave, whatever country the line names', () => {
    const m = match('Japan – Shota Sato')[0]!.match;
    expect(m).toMatchObject({ status: 'matched', driverId: 'shota-sato', by: 'name' });
  });

  it('keeps a changed PSN ID as a new one for the driver', () => {
    const m = match('Spain – Jose Serrano (Serrano_2026)')[0]!.match;
    expect(m).toEqual({
      status: 'matched',
      driverId: 'jose-serrano',
      by: 'name',
      newPsnId: 'Serrano_2026',
      newAlias: null,
    });
  });

  it('makes an unknown name a new driver with the country the line gives (or none)', () => {
    const rows = match('Mateus Rocha (AR)\nRin Yamada');
    expect(rows.map((r) => r.match)).toEqual([
      {
        status: 'new',
        driver: { id: 'mateus-rocha', name: 'Mateus Rocha', country: 'AR', psnIds: [], aliases: [] },
      },
      {
        status: 'new',
        driver: { id: 'rin-yamada', name: 'Rin Yamada', country: '', psnIds: [], aliases: [] },
      },
    ]);
  });

  it('flags near spellings and initials instead of guessing', () => {
    expect(statuses(match('Jose Serano\nJ. Serrano\nT. Sasaki\nT Miyazono'))).toEqual([
      'ambiguous:similar-name:jose-serrano',
      'ambiguous:similar-name:jose-serrano',
      'ambiguous:similar-name:takuma-sasaki',
      'ambiguous:similar-name:takuma-miyazono',
    ]);
  });

  it('flags a PSN ID of one driver written with the name of another', () => {
    expect(statuses(match('Pol Urra (JoseSerrano_16)'))).toEqual([
      'ambiguous:psn-other-driver:jose-serrano+pol-urra',
    ]);
  });

  it('flags a known name with another country', () => {
    expect(statuses(match('Jose Serrano (Mexico)'))).toEqual(['ambiguous:country-differs:jose-serrano']);
  });

  it('flags a name two known people share', () => {
    const twins = knownDrivers([
      ...BUILT_IN_SEASONS,
      {
        ...emptySeason(),
        drivers: [{ id: 'jose-serrano-2', name: 'José Serrano', country: 'MX', psnIds: [], aliases: [] }],
      },
    ]);
    const rows = matchLineup(parseLineup('Jose Serrano'), twins);
    expect(statuses(rows)).toEqual(['ambiguous:same-name:jose-serrano+jose-serrano-2']);
  });
});

describe('applyLineup', () => {
  const choose = (rows: LineupRow[], overrides: Record<number, LineupChoice> = {}) =>
    rows.map((row) => ({ row, choice: overrides[row.line.lineNo] ?? defaultChoice(row) }));

  it('builds the 2025 line-up in a new season from a pasted table, one id per person', () => {
    const london = getBuiltInSeason('gtws-2025')!;
    const text = london.entryLists.nations
      .map((id) => london.drivers.find((d) => d.id === id)!)
      .map((d) => `${d.country}\t${d.name}\t${d.psnIds[0] ?? ''}`)
      .join('\n');
    const rows = match(text);
    expect(rows.every((r) => r.match.status === 'matched')).toBe(true);
    const applied = applyLineup(emptySeason(), choose(rows), known, 'replace');
    expect(applied.ok).toBe(true);
    if (!applied.ok) return;
    expect(applied.outcome.entries).toEqual(london.entryLists.nations);
    expect(applied.outcome.addedDrivers).toEqual(london.entryLists.nations);
    const serrano = applied.outcome.season.drivers.find((d) => d.id === 'jose-serrano')!;
    expect(serrano.psnIds).toEqual(['JoseSerrano_16', 'TDG_JOSETE']);
  });

  it('asks for a country for new drivers and an answer for flagged lines before committing', () => {
    const rows = match('Jose Serrano\nRin Yamada\nJ. Serrano\nOmar Haddad (Atlantis)');
    const applied = applyLineup(emptySeason(), choose(rows), known, 'replace');
    expect(applied).toEqual({
      ok: false,
      problems: [
        { code: 'needs-country', lineNo: 2 },
        { code: 'needs-choice', lineNo: 3 },
        { code: 'needs-country', lineNo: 4 },
      ],
    });
    const fixed = applyLineup(
      emptySeason(),
      choose(rows, {
        2: {
          kind: 'new',
          driver: { id: 'rin-yamada', name: 'Rin Yamada', country: 'Japan', psnIds: [], aliases: [] },
        },
        3: { kind: 'skip' },
        4: {
          kind: 'new',
          driver: {
            id: 'omar-haddad',
            name: 'Omar Haddad',
            country: 'xx',
            psnIds: [],
            aliases: [],
          },
        },
      }),
      known,
      'replace',
    );
    expect(fixed).toEqual({ ok: false, problems: [{ code: 'bad-country', lineNo: 4, country: 'xx' }] });
  });

  it('adds a new PSN ID beside the old ones and a chosen driver for a flagged line', () => {
    const season = { ...getBuiltInSeason('gtws-2025')!, entryLists: { nations: [], manufacturers: [] } };
    const rows = match('Jose Serrano (Serrano_2026)\nT. Sasaki');
    const applied = applyLineup(
      season,
      choose(rows, { 2: { kind: 'driver', driverId: 'takuma-sasaki' } }),
      known,
      'replace',
    );
    if (!applied.ok) throw new Error(JSON.stringify(applied.problems));
    expect(applied.outcome.entries).toEqual(['jose-serrano', 'takuma-sasaki']);
    expect(applied.outcome.addedDrivers).toEqual([]);
    const serrano = applied.outcome.season.drivers.find((d) => d.id === 'jose-serrano')!;
    expect(serrano.psnIds).toEqual(['Serrano_2026', 'JoseSerrano_16', 'TDG_JOSETE']);
    expect(applied.outcome.season.drivers.find((d) => d.id === 'takuma-sasaki')!.aliases).toContain(
      'T. Sasaki',
    );
  });

  it('gives a new person with a known name an id of their own', () => {
    const rows = match('Jose Serrano (Mexico)');
    const applied = applyLineup(
      emptySeason(),
      choose(rows, {
        1: {
          kind: 'new',
          driver: { id: 'jose-serrano', name: 'Jose Serrano', country: 'MX', psnIds: [], aliases: [] },
        },
      }),
      known,
      'replace',
    );
    if (!applied.ok) throw new Error('refused');
    expect(applied.outcome.entries).toEqual(['jose-serrano-2']);
    expect(applied.outcome.season.drivers[0]).toMatchObject({ id: 'jose-serrano-2', country: 'MX' });
  });

  it('adds to an entry list or replaces it, reporting what leaves it', () => {
    const season = getBuiltInSeason('gtws-2024')!;
    const rows = match('Pol Urra\nValerio Gallo');
    const added = applyLineup(season, choose(rows), known, 'add');
    const replaced = applyLineup(season, choose(rows), known, 'replace');
    if (!added.ok || !replaced.ok) throw new Error('refused');
    expect(added.outcome.entries).toEqual([...season.entryLists.nations, 'pol-urra']);
    expect(added.outcome.removedEntries).toEqual([]);
    expect(replaced.outcome.entries).toEqual(['pol-urra', 'valerio-gallo']);
    expect(replaced.outcome.removedEntries).toHaveLength(11);
    expect(applyLineup(season, [], known, 'add')).toEqual({ ok: false, problems: [{ code: 'no-entries' }] });
  });
});

describe('copyEntryList', () => {
  it('copies the 2025 Nations Cup entry list with its drivers into another season', () => {
    const source = getBuiltInSeason('gtws-2025')!;
    const copied = copyEntryList(emptySeason(), source, 'nations', 'replace');
    expect(copied.entries).toEqual(source.entryLists.nations);
    expect(copied.season.drivers.map((d) => d.id)).toEqual(source.entryLists.nations);
    expect(copied.season.drivers.find((d) => d.id === 'pol-urra')).toEqual(
      source.drivers.find((d) => d.id === 'pol-urra'),
    );
  });
});
