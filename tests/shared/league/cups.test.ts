/** A league's cups in league files: the rule, its default, picks per cup, teamId rows and the per-cup split. */
import { describe, expect, it } from 'vitest';
import { bundleStandings, parseLeagueBundle, serializeLeagueBundle } from '../../../shared/league';
import { leagueCups } from '../../../shared/scoring';
import { messages } from '../files/english';

const NC = 'gtws-2025-r2-nations-gf';
const MC = 'gtws-2025-r2-manufacturers-gf';
const BEFORE = '2025-09-01T10:00:00Z';

/** A league file on the built-in 2025 season with one Nations Cup and one Manufacturers Cup race graded. */
function leagueFile(cups: string[] | undefined, withTeamPicks = true) {
  return {
    format: 'podium-league',
    version: 1,
    league: {
      id: 'berlin',
      name: 'Berlin',
      seasonId: 'gtws-2025',
      rules: { preset: 'classic', ...(cups ? { cups } : {}) },
    },
    members: [
      { id: 'ana', name: 'Ana' },
      { id: 'ben', name: 'Ben' },
    ],
    picks: [
      {
        memberId: 'ana',
        raceId: NC,
        podium: ['jose-serrano', 'valerio-gallo', 'kaj-de-bruin'],
        madeAt: BEFORE,
      },
      { memberId: 'ben', raceId: NC, podium: ['valerio-gallo', 'jose-serrano', 'pol-urra'], madeAt: BEFORE },
      ...(withTeamPicks
        ? [
            { memberId: 'ana', raceId: MC, podium: ['subaru', 'bmw', 'nissan'], madeAt: BEFORE },
            { memberId: 'ben', raceId: MC, podium: ['bmw', 'subaru', 'porsche'], madeAt: BEFORE },
          ]
        : []),
    ],
    results: [
      {
        raceId: NC,
        classification: [
          { position: 1, driverId: 'jose-serrano' },
          { position: 2, driverId: 'valerio-gallo' },
          { position: 3, driverId: 'kaj-de-bruin' },
        ],
      },
      {
        raceId: MC,
        classification: [
          { position: 1, teamId: 'subaru' },
          { position: 2, teamId: 'bmw' },
          { position: 3, teamId: 'nissan' },
        ],
      },
    ],
  };
}

const read = (data: unknown) => {
  const result = parseLeagueBundle(JSON.stringify(data));
  if (!result.ok) throw new Error(messages(result).join('\n'));
  return result.value;
};
const problems = (data: unknown) => {
  const result = parseLeagueBundle(JSON.stringify(data));
  return messages(result);
};

describe('the cups rule', () => {
  it('means the Nations Cup only when a league file does not name it', () => {
    const bundle = read(leagueFile(undefined, false));
    expect(bundle.league.rules.cups).toBeUndefined();
    expect(leagueCups(bundle.league.rules)).toEqual(['nations']);
    expect(serializeLeagueBundle(bundle)).not.toContain('"cups"');
  });

  it('round-trips both cups in a fixed order', () => {
    const bundle = read(leagueFile(['manufacturers', 'nations']));
    expect(bundle.league.rules.cups).toEqual(['nations', 'manufacturers']);
    const text = serializeLeagueBundle(bundle);
    expect(JSON.parse(text).league.rules.cups).toEqual(['nations', 'manufacturers']);
    expect(read(JSON.parse(text))).toEqual(bundle);
  });

  it('refuses an empty list, a cup named twice and an unknown cup', () => {
    expect(problems(leagueFile([])).join('\n')).toContain('must name at least one cup');
    expect(problems(leagueFile(['nations', 'nations'])).join('\n')).toContain('must not name a cup twice');
    const twice = parseLeagueBundle(JSON.stringify(leagueFile(['nations', 'nations'])));
    expect(twice.ok ? [] : twice.problems.map((p) => p.params)).toContainEqual(
      expect.objectContaining({ issue: 'custom', check: 'distinct-cups' }),
    );
    expect(problems(leagueFile(['touring'])).length).toBeGreaterThan(0);
  });

  it('keeps picks on races of a cup the league does not play, without scoring them', () => {
    const bundle = read(leagueFile(undefined));
    expect(bundle.picks.filter((p) => p.raceId === MC)).toHaveLength(2);
    expect(bundleStandings(bundle).rows.map((r) => [r.memberId, r.points])).toEqual([
      ['ana', 11],
      ['ben', 2],
    ]);
  });
});

describe('Manufacturers Cup rows in league files', () => {
  it('reads teamId as the entry id and writes it back as teamId', () => {
    const bundle = read(leagueFile(['nations', 'manufacturers']));
    expect(bundle.results[1]!.classification[0]).toEqual({
      position: 1,
      driverId: 'subaru',
      status: 'finished',
    });
    const written = JSON.parse(serializeLeagueBundle(bundle));
    expect(written.results[1].classification[0]).toEqual({
      position: 1,
      teamId: 'subaru',
      status: 'finished',
    });
    expect(written.results[0].classification[0]).toEqual({
      position: 1,
      driverId: 'jose-serrano',
      status: 'finished',
    });
  });

  it('reads a Manufacturers Cup row named by driverId as its team, and refuses a Nations Cup row named by teamId', () => {
    const data = leagueFile(['nations', 'manufacturers']);
    data.results[1]!.classification[0] = { position: 1, driverId: 'subaru' };
    expect(read(data).results[1]!.classification[0]).toEqual({
      position: 1,
      driverId: 'subaru',
      status: 'finished',
    });
    data.results[0]!.classification[0] = { position: 1, teamId: 'jose-serrano' };
    expect(problems(data)).toEqual([
      expect.stringContaining(
        'results[0].classification[0].teamId: a Nations Cup row names its driver with "driverId".',
      ),
    ]);
  });
});

describe('standings per cup', () => {
  it('splits each member’s points by cup, the parts adding up to the total', () => {
    const standings = bundleStandings(read(leagueFile(['nations', 'manufacturers'])));
    expect(standings.rows.map((r) => [r.memberId, r.points, r.byCup])).toEqual([
      // Classic: 3 per exact slot, 1 on the podium elsewhere, 2 for a perfect podium.
      ['ana', 22, { nations: 11, manufacturers: 11 }],
      ['ben', 4, { nations: 2, manufacturers: 2 }],
    ]);
    expect(standings.gradedRaceIds).toEqual([NC, MC]);
  });

  it('counts only the races of the league’s cups', () => {
    const nationsOnly = bundleStandings(read(leagueFile(undefined, false)));
    expect(nationsOnly.rows.map((r) => [r.memberId, r.points, r.byCup])).toEqual([
      ['ana', 11, { nations: 11 }],
      ['ben', 2, { nations: 2 }],
    ]);
    expect(nationsOnly.gradedRaceIds).toEqual([NC]);
    expect(nationsOnly.remainingRaceIds.some((id) => id.includes('-manufacturers-'))).toBe(false);

    const data = leagueFile(['manufacturers']);
    data.picks = data.picks.filter((p) => p.raceId === MC);
    const teamsOnly = bundleStandings(read(data));
    expect(teamsOnly.rows.map((r) => [r.memberId, r.points, r.byCup])).toEqual([
      ['ana', 11, { manufacturers: 11 }],
      ['ben', 2, { manufacturers: 2 }],
    ]);
    expect(teamsOnly.remainingRaceIds.every((id) => id.includes('-manufacturers-'))).toBe(true);
  });

  it('leaves a dropped round out of the split too', () => {
    const data = leagueFile(['nations', 'manufacturers']);
    const r1 = 'gtws-2025-r1-manufacturers-gf';
    // Ana: a perfect Nations Cup podium in Berlin (11), a weaker team podium in London (3 + 1 + 1).
    data.picks = [
      data.picks[0]!,
      { memberId: 'ana', raceId: r1, podium: ['subaru', 'mazda', 'bmw'], madeAt: '2025-06-01T00:00:00Z' },
    ];
    data.results[1] = {
      raceId: r1,
      classification: [
        { position: 1, teamId: 'subaru' },
        { position: 2, teamId: 'bmw' },
        { position: 3, teamId: 'mazda' },
      ],
    };
    (data.league.rules as Record<string, unknown>).dropWorst = 3;
    const ana = bundleStandings(read(data)).rows.find((r) => r.memberId === 'ana')!;
    expect(ana.byRound).toEqual({ 'gtws-2025-r1': 5, 'gtws-2025-r2': 11 });
    expect(ana.droppedRoundIds).toEqual(['gtws-2025-r1']);
    expect([ana.points, ana.byCup]).toEqual([11, { nations: 11, manufacturers: 0 }]);
  });
});
