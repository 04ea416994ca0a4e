/**
 * Where a team no season lists ends in a "Team Driver / Driver" cell, and the
 * manufacturer names that tell it: every one of them from a source in the repository.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KNOWN_MANUFACTURERS } from '../../../shared/results/manufacturers';
import { splitUnlistedTeam } from '../../../shared/results/teams';
import { fixtureText } from './helpers';

const FACTS = readFileSync('shared/seasons/data/sources/gtws-facts.json', 'utf8');
const REPORT_2018 = fixtureText('2018-wf-manufacturer-series-final.txt');

describe('KNOWN_MANUFACTURERS', () => {
  it('holds every Manufacturers Cup team of the fact base', () => {
    const teams = new Set([...FACTS.matchAll(/"team": "([^"]+)"/g)].map((m) => m[1]!));
    expect(teams.size).toBeGreaterThan(10);
    expect([...teams].filter((t) => !KNOWN_MANUFACTURERS.includes(t))).toEqual([]);
  });

  it('holds only names a source prints: the fact base or the 2018 World Finals report', () => {
    expect(
      KNOWN_MANUFACTURERS.filter((name) => !FACTS.includes(name) && !REPORT_2018.includes(name)),
    ).toEqual([]);
  });
});

describe('splitUnlistedTeam', () => {
  const known = new Set(['Jose Serrano', 'JoseSerrano_16', 'Takuma Miyazono']);
  const split = (text: string) => splitUnlistedTeam(text, (name) => known.has(name));

  it('ends the team before a known driver, whatever the separator', () => {
    expect(split('Red Bull Jose Serrano / Pol Urra')).toEqual({
      team: 'Red Bull',
      rest: 'Jose Serrano / Pol Urra',
    });
    expect(split('Red Bull JoseSerrano_16, Pol Urra & Valerio Gallo')).toEqual({
      team: 'Red Bull',
      rest: 'JoseSerrano_16, Pol Urra & Valerio Gallo',
    });
    // The known driver decides over a manufacturer's name at the start.
    expect(split('Toyota Gazoo Racing Takuma Miyazono')).toEqual({
      team: 'Toyota Gazoo Racing',
      rest: 'Takuma Miyazono',
    });
  });

  it('else after a manufacturer, else a lone first word; otherwise keeps the first name whole', () => {
    expect(split('Mercedes-AMG Kojiro Sasaki')).toEqual({ team: 'Mercedes-AMG', rest: 'Kojiro Sasaki' });
    expect(split('aston martin Jonathan Bucha/Yoshiharu Imai')).toEqual({
      team: 'aston martin',
      rest: 'Jonathan Bucha/Yoshiharu Imai',
    });
    expect(split('Hyundai / Kojiro Sasaki')).toEqual({ team: 'Hyundai', rest: 'Kojiro Sasaki' });
    expect(split('Hyundai')).toEqual({ team: 'Hyundai', rest: '' });
    // Japanese writes a name without spaces: the first word is the whole team.
    expect(split('スバル 宮園 拓真 / Pol Urra')).toEqual({ team: 'スバル', rest: '宮園 拓真 / Pol Urra' });
    expect(split('Hyundai N Kojiro Sasaki / Pol Urra')).toEqual({
      team: 'Hyundai N Kojiro Sasaki',
      rest: 'Pol Urra',
      unclear: true,
    });
  });
});
