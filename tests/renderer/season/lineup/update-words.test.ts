import { beforeAll, describe, expect, it } from 'vitest';
import type { TFunction } from 'i18next';
import { i18n } from '../../../../renderer/src/i18n/setup';
import {
  changeText,
  keptText,
  refusalText,
  rewriteText,
  usageText,
} from '../../../../renderer/src/screens/season/lineup/update-words';
import type { RaceUse } from '../../../../shared/seasons/update-diff';

const use: RaceUse = {
  raceId: 'gtws-2025-r1-nations-gf',
  leagues: [
    { leagueId: 'friends', leagueName: 'Friends', picks: 3 },
    { leagueId: 'office', leagueName: 'Office', picks: 1 },
  ],
  result: true,
};
let t: TFunction;
beforeAll(async () => {
  await i18n.loadNamespaces('season');
  t = i18n.getFixedT('en');
});
const nameOf = (id: string) => ({ 'pol-urra': 'Pol Urra' })[id] ?? id;

describe('season update words', () => {
  it('name every league, its picks and the result a change touches', () => {
    expect(usageText(t, use)).toBe('3 picks in Friends, 1 in Office, has a result');
    expect(usageText(t, null)).toBe('');
    expect(
      changeText(
        t,
        {
          kind: 'race-changed',
          raceId: use.raceId,
          name: 'London · Grand Final',
          fields: ['track', 'pointsTable'],
          use,
        },
        nameOf,
      ),
    ).toBe('London · Grand Final: track, points changed (3 picks in Friends, 1 in Office, has a result).');
    expect(
      refusalText(t, { code: 'used-race-removed', raceId: use.raceId, name: 'London · Grand Final', use }),
    ).toBe(
      'It removes London · Grand Final, which is in use (3 picks in Friends, 1 in Office, has a result).',
    );
  });

  it('say what is kept and why, with display names for ids', () => {
    expect(keptText(t, { code: 'used-entry-kept', cup: 'nations', entryId: 'pol-urra' }, nameOf)).toBe(
      'Pol Urra stays on the Nations Cup entry list: picks or results name them.',
    );
    const kept = keptText(
      t,
      {
        code: 'started-race-not-moved',
        raceId: use.raceId,
        name: 'London · Grand Final',
        startsAt: '2025-06-07T15:00:00Z',
        asked: '2099-06-07T15:00:00Z',
        use,
      },
      nameOf,
    );
    expect(kept).toMatch(
      /^London · Grand Final has started: it stays at .*2025.* instead of moving to .*2099/,
    );
    expect(kept).toContain('3 picks in Friends');
  });
});

describe('refused season writes', () => {
  it('say what may not change', () => {
    expect(rewriteText(t, { code: 'used-entry-kept', cup: 'nations', entryId: 'pol-urra' }, nameOf)).toBe(
      'Pol Urra cannot leave the Nations Cup entry list: picks or results name them.',
    );
    expect(
      rewriteText(
        t,
        {
          code: 'started-race-not-moved',
          raceId: use.raceId,
          name: 'London · Grand Final',
          startsAt: '2025-06-07T15:00:00Z',
          asked: '2099-06-07T15:00:00Z',
          use: null,
        },
        nameOf,
      ),
    ).toMatch(
      /^London · Grand Final has started: it cannot move later than .*2025.*, or its picks would reopen\.$/,
    );
  });
});
