/**
 * The scoring breakdown carries data only; the leaderboard and Round screens
 * word it. These are the worked examples of tests/shared/scoring, worded.
 */
import { renderHook } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  compileLeague,
  DEFAULT_RULES,
  entryNamer,
  explainRace,
  gradePick,
  type PickBreakdown,
  type ScoringRules,
} from '../../../shared/scoring';
import { i18n } from '../../../renderer/src/i18n/setup';
import { useLeaderboardWords } from '../../../renderer/src/screens/leaderboard/words';
import {
  classification,
  london,
  LONDON_ORDER,
  member,
  pick,
  R1_GF,
  season,
} from '../../shared/scoring/london';

const names = entryNamer(season);
const classic: ScoringRules = DEFAULT_RULES;

function words() {
  return renderHook(() => useLeaderboardWords()).result.current;
}

/** Every line of a breakdown as the screens show it. */
function lines(breakdown: PickBreakdown): string[] {
  const { slotText, bonusText } = words();
  return [...breakdown.slots.map(slotText), ...breakdown.bonuses.map(bonusText)];
}

beforeAll(async () => {
  await i18n.loadNamespaces('leaderboard');
});

describe('breakdown wording (English)', () => {
  it('words slots on the podium, exact slots and the perfect podium', () => {
    const bob = pick('bob', R1_GF, ['pol-urra', 'jose-serrano', 'valerio-gallo']);
    expect(lines(gradePick(bob, london, classic, { name: names }))).toEqual([
      'P1 pick Pol Urra finished P2: +1 (on the podium)',
      'P2 pick Jose Serrano finished P1: +1 (on the podium)',
      'P3 pick Valerio Gallo finished P3: +3',
    ]);
    const alice = pick('alice', R1_GF, ['jose-serrano', 'pol-urra', 'valerio-gallo']);
    expect(lines(gradePick(alice, london, classic, { name: names }))).toEqual([
      'P1 pick Jose Serrano finished P1: +3',
      'P2 pick Pol Urra finished P2: +3',
      'P3 pick Valerio Gallo finished P3: +3',
      'Perfect podium: +2',
    ]);
  });

  it('words an absent entry, a non-starter, a disqualified finisher and a near miss', () => {
    const eve = pick('eve', R1_GF, ['jose-serrano', 'pol-urra', 'coque-lopez']);
    expect(lines(gradePick(eve, london, classic, { name: names }))[2]).toBe(
      'P3 pick coque-lopez is not in the classification: 0',
    );
    const alice = pick('alice', R1_GF, ['jose-serrano', 'pol-urra', 'valerio-gallo']);
    const statuses = {
      raceId: R1_GF,
      classification: classification(LONDON_ORDER, { 'pol-urra': 'dsq', 'valerio-gallo': 'dns' }),
    };
    expect(lines(gradePick(alice, statuses, classic, { name: names })).slice(1)).toEqual([
      'P2 pick Pol Urra finished P2 (DSQ): +3',
      'P3 pick Valerio Gallo did not start: 0',
    ]);
    const dave = pick('dave', R1_GF, ['valerio-gallo', 'kylian-drumont', 'takuma-sasaki']);
    const proximity = { ...classic, preset: 'proximity' as const };
    expect(lines(gradePick(dave, london, proximity, { name: names }))[2]).toBe(
      'P3 pick Takuma Sasaki finished P4: +1 (one place away)',
    );
    const bob = pick('bob', R1_GF, ['pol-urra', 'jose-serrano', 'valerio-gallo']);
    expect(lines(gradePick(bob, london, proximity, { name: names }))[3]).toBe(
      'Same three drivers in another order: +5',
    );
  });

  it('words the unique bonus, the joker round and a missed race', () => {
    const picks = [
      pick('alice', R1_GF, ['jose-serrano', 'pol-urra', 'valerio-gallo'], { joker: true }),
      pick('carol', R1_GF, ['jose-serrano', 'takuma-sasaki', 'kylian-drumont']),
    ];
    const league = compileLeague({ season, members: ['alice', 'carol', 'judy'].map(member), picks });
    const rules: ScoringRules = { ...classic, uniqueBonus: true, joker: true, missedRace: 'lowest' };
    const alice = explainRace(league, [london], rules, 'alice', R1_GF, names);
    expect(alice.kind === 'pick' && lines(alice.breakdown)).toEqual([
      'P1 pick Jose Serrano finished P1: +3',
      'P2 pick Pol Urra finished P2: +3 ×2, nobody else picked it = +6',
      'P3 pick Valerio Gallo finished P3: +3 ×2, nobody else picked it = +6',
      'Perfect podium: +2',
      'Joker round ×2: +17',
    ]);
    const judy = explainRace(league, [london], rules, 'judy', R1_GF, names);
    const { missedText } = words();
    // Carol's 3 (Serrano exact, shared with Alice) is the league's lowest.
    expect(judy.kind === 'missed' && missedText(judy.points, judy.lowestRule, judy.joker)).toBe(
      'No pick before the race started: lowest score of the league on this race, +3',
    );
  });
});

describe('breakdown wording (Spanish)', () => {
  it('words the same data in the chosen language', async () => {
    await i18n.changeLanguage('es');
    await i18n.loadNamespaces('leaderboard');
    try {
      const bob = pick('bob', R1_GF, ['pol-urra', 'jose-serrano', 'valerio-gallo']);
      const spanish = lines(gradePick(bob, london, classic, { name: names }));
      expect(spanish).toHaveLength(3);
      expect(spanish[0]).toContain('Pol Urra');
      expect(spanish[0]).not.toBe('P1 pick Pol Urra finished P2: +1 (on the podium)');
      expect(spanish.join('\n')).not.toMatch(/explain\.|\{\{|pick |finished/);
    } finally {
      await i18n.changeLanguage('en');
    }
  });
});
