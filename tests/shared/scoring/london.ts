/**
 * The real 2025 Round 1 London Nations Cup Grand Final (tests/fixtures/results/
 * 2025-r1-london-nations-official.txt), written out by hand for the worked examples.
 */
import type { Member, Pick, RaceResult } from '../../../shared/domain/types';
import { classification } from '../../fixtures/classification';
import { getBuiltInSeason } from '../../../shared/seasons';

export const season = getBuiltInSeason('gtws-2025')!;
export const R1_GF = 'gtws-2025-r1-nations-gf';
export const R2_GF = 'gtws-2025-r2-nations-gf';
/** The Grand Finals of the first three 2025 rounds, for leagues over several races. */
export const THREE_GF_IDS = [R1_GF, R2_GF, 'gtws-2025-r3-nations-gf'];
export const threeGfRaces = season.rounds.flatMap((r) => r.races).filter((r) => THREE_GF_IDS.includes(r.id));

export const LONDON_ORDER = [
  'jose-serrano',
  'pol-urra',
  'valerio-gallo',
  'takuma-sasaki',
  'kylian-drumont',
  'takuma-miyazono',
  'kaj-de-bruin',
  'thomas-labouteley',
  'guy-barbara',
  'angel-inostroza',
  'samuel-cardinal',
  'adriano-carrazza',
];

export { classification };

export const london: RaceResult = { raceId: R1_GF, classification: classification(LONDON_ORDER) };

export function member(id: string): Member {
  return { id, name: id[0]!.toUpperCase() + id.slice(1) };
}

export function pick(
  memberId: string,
  raceId: string,
  podium: [string, string, string],
  extra: Partial<Pick> = {},
): Pick {
  return { memberId, raceId, podium, madeAt: '2025-06-01T10:00:00Z', ...extra };
}
