import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseLeagueBundle } from '../../../shared/league';
import { createSlip, parseSlip, serializeSlip } from '../../../shared/exchange';
import { messages } from '../files/english';

const bundle = () => JSON.parse(readFileSync('tests/fixtures/leagues/london-friends.podium.json', 'utf8'));

describe('names and ids in league files and slips', () => {
  it('cleans bidi overrides and NUL out of imported names', () => {
    const data = bundle();
    data.league.name = 'London\u202e Friends';
    data.members[0].name = 'Alice\u0000\u2066';
    const read = parseLeagueBundle(JSON.stringify(data));
    if (!read.ok) throw new Error(messages(read).join('\n'));
    expect(read.value.league.name).toBe('London Friends');
    expect(read.value.members[0]!.name).toBe('Alice');
  });

  it('refuses a league id with a slash (the desktop export then failed on it)', () => {
    const data = bundle();
    data.league.id = 'london/friends';
    const read = parseLeagueBundle(JSON.stringify(data));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(messages(read).join('\n')).toMatch(/league\.id.*must not contain slashes/);
  });

  it('refuses a member id with a control character and a name of invisible characters only', () => {
    const data = bundle();
    data.members[0].name = '\u202e';
    const read = parseLeagueBundle(JSON.stringify(data));
    expect(read.ok).toBe(false);
  });

  it('cleans the member name of a slip and refuses an id with a separator', () => {
    const slip = createSlip({
      leagueId: 'club',
      seasonId: 'gtws-2025',
      member: { id: 'bob', name: 'Bob\u202egnp.exe' },
      picks: [],
      exportedAt: '2025-05-01T00:00:00.000Z',
    });
    const read = parseSlip(serializeSlip(slip));
    expect(read.ok && read.value.member.name).toBe('Bobgnp.exe');
    const bad = parseSlip(serializeSlip({ ...slip, member: { id: '../bob', name: 'Bob' } }));
    expect(bad.ok).toBe(false);
  });
});
