/**
 * The built-in 2025 season with the Round 1 Manufacturers Cup added as the
 * season data states it (teams and drivers of the London Grand Final, PSN IDs
 * where the data gives them), for parser tests that must not wait for the
 * built-in seasons to carry teams. Also a season of the 2018 Manufacturer
 * Series Final teams, read from the official report's table.
 */
import type { Driver, Race, Season, Team } from '../../../shared/domain/types';
import { getBuiltInSeason } from '../../../shared/seasons';

function driver(id: string, name: string, country: string, psnIds: string[] = []): Driver {
  return { id, name, country, psnIds, aliases: [] };
}

const R1_MANUFACTURERS_GF: Race = {
  id: 'gtws-2025-r1-manufacturers-gf',
  roundId: 'gtws-2025-r1',
  cup: 'manufacturers',
  session: 'gf',
  name: 'Grand Final',
  track: 'Tokyo Expressway - South Counterclockwise',
  car: 'Gr.3',
  laps: 20,
  startsAt: '2025-06-07T14:00:00Z',
  pointsTable: [6, 5, 4, 3, 2, 1],
  pickable: true,
};

/** gtws-2025 plus the Round 1 Manufacturers Cup: six teams and their London drivers. */
export function seasonWithTeams(): Season {
  const base = getBuiltInSeason('gtws-2025')!;
  const extra = [
    driver('seiya-suzuki', 'Seiya Suzuki', 'JP', ['Half-SpiritCRV86']),
    driver('shota-sato', 'Shota Sato', 'JP', ['anchovy_sand_']),
    driver('kanata-kawakami', 'Kanata Kawakami', 'JP'),
    driver('ryota-kokubun', 'Ryota Kokubun', 'JP'),
    driver('kojiro-sasaki', 'Kojiro Sasaki', 'JP'),
  ];
  const drivers = [
    ...base.drivers.map((d) =>
      d.id === 'takuma-miyazono' ? { ...d, psnIds: [...d.psnIds, 'Kerokkuma_ej20'] } : d,
    ),
    ...extra.filter((d) => !base.drivers.some((b) => b.id === d.id)),
  ];
  const teams: Team[] = [
    { id: 'bmw', name: 'BMW', driverIds: ['seiya-suzuki'] },
    { id: 'subaru', name: 'Subaru', driverIds: ['takuma-miyazono'] },
    { id: 'porsche', name: 'Porsche', driverIds: ['shota-sato', 'jose-serrano', 'angel-inostroza'] },
    { id: 'lexus', name: 'Lexus', driverIds: ['kanata-kawakami'] },
    { id: 'mazda', name: 'Mazda', driverIds: ['ryota-kokubun'] },
    { id: 'mercedes-amg', name: 'Mercedes-AMG', driverIds: ['kojiro-sasaki'] },
  ];
  return {
    ...base,
    drivers,
    teams,
    entryLists: { ...base.entryLists, manufacturers: teams.map((t) => t.id) },
    // The built-in season carries this race now: added only where it is missing.
    rounds: base.rounds.map((round) =>
      round.id === 'gtws-2025-r1' && !round.races.some((r) => r.id === R1_MANUFACTURERS_GF.id)
        ? { ...round, races: [...round.races, R1_MANUFACTURERS_GF] }
        : round,
    ),
  };
}

/** The teams of the 2018 Manufacturer Series Final as its report lists them (first four). */
export function season2018Teams(): Season {
  const base = getBuiltInSeason('gtws-2025')!;
  const people: [string, string, string, string, string, string][] = [
    ['lexus', 'Lexus', 'tyrell-meadows', 'Tyrell Meadows', 'GT_Academy2013', 'US'],
    ['lexus', 'Lexus', 'vincent-rigaud', 'Vincent Rigaud', 'Oscaro_SkyPikmin', 'FR'],
    ['lexus', 'Lexus', 'kanata-kawakami', 'Kanata Kawakami', 'Kawakana222', 'JP'],
    ['toyota', 'Toyota', 'agustin-cajal', 'Agustín Cajal', 'ORMA_Aspicito', 'AR'],
    ['toyota', 'Toyota', 'rayan-derrouiche', 'Rayan Derrouiche', 'RC_Miura', 'FR'],
    ['toyota', 'Toyota', 'tomoaki-yamanaka', 'Tomoaki Yamanaka', 'yamado_racing38', 'JP'],
    ['aston-martin', 'Aston Martin', 'jonathan-bucha', 'Jonathan Bucha', 'hendrix323', 'US'],
    [
      'aston-martin',
      'Aston Martin',
      'thomas-compton-mcpherson',
      'Thomas Compton-Mcpherson',
      'cubertom',
      'GB',
    ],
    ['aston-martin', 'Aston Martin', 'yoshiharu-imai', 'Yoshiharu Imai', 'legacy0193', 'JP'],
  ];
  const teams = new Map<string, Team>();
  for (const [id, name, driverId] of people) {
    const team = teams.get(id) ?? { id, name, driverIds: [] };
    team.driverIds.push(driverId);
    teams.set(id, team);
  }
  return {
    ...base,
    id: 'fia-gtc-2018',
    name: 'FIA Gran Turismo Championships 2018',
    year: 2018,
    rounds: [],
    drivers: people.map(([, , id, name, psn, country]) => driver(id, name, country, [psn])),
    teams: [...teams.values()],
    entryLists: { nations: [], manufacturers: [...teams.keys()] },
  };
}
