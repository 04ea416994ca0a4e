/**
 * The demo: four friends replaying 2025 Round 1 (with the real result) and
 * the 2024 World Finals (no result tables exist for those, so none is made
 * up). Chosen so the leaderboard shows a joker round (Bea on London) and a
 * tie (Chris and Dana: same points, exact picks, perfect podiums and winners).
 */
import type { Pick, Podium } from '../../../shared/domain/types';
import { DEFAULT_RULES, type ScoringRules } from '../../../shared/scoring';

export const DEMO_RULES: ScoringRules = { ...DEFAULT_RULES, joker: true };

export const DEMO_MEMBERS = [
  { id: 'alex', name: 'Alex', color: '#e10600' },
  { id: 'bea', name: 'Bea', color: '#5aa9ff' },
  { id: 'chris', name: 'Chris', color: '#f5c542' },
  { id: 'dana', name: 'Dana', color: '#3ccf7a' },
] as const;

/** A demo pick is made on this computer: it carries no signature. */
export type DemoPick = Omit<Pick, 'sig'>;

export interface DemoLeague {
  id: string;
  name: string;
  seasonId: string;
  picks: DemoPick[];
}

const R1 = 'gtws-2025-r1-nations-gf';

export const DEMO_2025: DemoLeague = {
  id: 'demo-2025-london',
  name: 'Demo · 2025 London replay',
  seasonId: 'gtws-2025',
  // Real podium: Serrano, Urra, Gallo.
  picks: (
    [
      ['alex', ['jose-serrano', 'pol-urra', 'takuma-sasaki'], '2025-06-06T19:12:00Z', false],
      ['bea', ['jose-serrano', 'valerio-gallo', 'pol-urra'], '2025-06-07T09:30:00Z', true],
      ['chris', ['valerio-gallo', 'pol-urra', 'jose-serrano'], '2025-06-05T21:04:00Z', false],
      ['dana', ['pol-urra', 'jose-serrano', 'valerio-gallo'], '2025-06-07T13:58:00Z', false],
    ] as const
  ).map(([memberId, podium, madeAt, joker]) => ({
    memberId,
    raceId: R1,
    podium: [...podium],
    madeAt,
    ...(joker ? { joker: true } : {}),
  })),
};

const WF = 'gtws-2024-wf-nations';

export const DEMO_2024: DemoLeague = {
  id: 'demo-2024-world-finals',
  name: 'Demo · 2024 World Finals replay',
  seasonId: 'gtws-2024',
  picks: [
    ...(
      [
        ['alex', ['valerio-gallo', 'jose-serrano', 'kylian-drumont'], true],
        ['bea', ['takuma-miyazono', 'valerio-gallo', 'kaj-de-bruin'], false],
        ['chris', ['jose-serrano', 'coque-lopez', 'valerio-gallo'], false],
        ['dana', ['kylian-drumont', 'takuma-miyazono', 'jose-serrano'], false],
      ] as const
    ).flatMap(([memberId, podium, joker]) =>
      (['race1', 'race2', 'gf'] as const).map((session, i) => ({
        memberId,
        raceId: `${WF}-${session}`,
        // Vary the podium per race so the three picks differ.
        podium: rotate([...podium], i),
        madeAt: '2024-12-07T20:00:00Z',
        ...(joker ? { joker: true } : {}),
      })),
    ),
  ],
};

function rotate(podium: string[], by: number): Podium {
  const r = [...podium.slice(by % 3), ...podium.slice(0, by % 3)];
  return [r[0]!, r[1]!, r[2]!];
}

export const DEMO_LEAGUES = [DEMO_2025, DEMO_2024];
export const DEMO_RESULT_FILE = '2025-r1-london-nations-official.txt';
