#!/usr/bin/env node
/**
 * Builds the embedded season files (shared/seasons/data/gtws-*.season.json)
 * from the sourced fact base shared/seasons/data/sources/gtws-facts.json.
 *
 *   node scripts/seasons/from-facts.mjs   writes the files (then run prettier on them)
 *
 * tests/shared/seasons/from-facts.test.ts checks that the committed files are
 * exactly what this script builds.
 *
 * Every venue, city, date, track, car, lap count, driver, country, PSN ID,
 * result, standings line and champion comes from the facts file. What the
 * facts do not hold is app layout, listed in LAYOUT below and nowhere else:
 * ids, round names, time zones, start-time estimates (no report published
 * them) and the points tables. Both cups are embedded: the Nations Cup
 * (drivers) and the Manufacturers Cup (teams of drivers).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = join(root, 'shared', 'seasons', 'data');
const facts = JSON.parse(readFileSync(join(dataDir, 'sources', 'gtws-facts.json'), 'utf8'));

/** Years built, oldest first. */
export const FACT_YEARS = [2024, 2025, 2026];

const ROUND_POINTS = [6, 5, 4, 3, 2, 1];
// Stated by the facts for the 2024 World Finals. The facts give no scale for
// 2025 ("exact scale not found") or 2026; those World Finals use the 2024
// tables, which only decide which races are pickable and what the calendar shows.
const WF_RACE_POINTS = [12, 10, 8, 7, 6, 5, 4, 3, 2, 1];
const WF_GF_POINTS = [24, 20, 16, 14, 12, 10, 8, 6, 4, 2];

const SESSION = {
  qualifying: { session: 'quali', name: 'Qualifying Time Trial' },
  sprint: { session: 'sprint', name: 'Sprint Race' },
  race1: { session: 'race1', name: 'Race 1' },
  race2: { session: 'race2', name: 'Race 2' },
  race3: { session: 'race3', name: 'Race 3' },
  'grand-final': { session: 'gf', name: 'Grand Final' },
};

const COUNTRY = {
  Australia: 'AU',
  Brazil: 'BR',
  Canada: 'CA',
  Chile: 'CL',
  France: 'FR',
  Italy: 'IT',
  Japan: 'JP',
  Netherlands: 'NL',
  Spain: 'ES',
  USA: 'US',
};

/** Display spelling with accents where the reports print them; the facts spell names without. */
const DISPLAY = { 'coque-lopez': { name: 'Coque López', aliases: ['Coque Lopez'] } };
const ALIASES = { 'jose-serrano': ['José Serrano'], 'angel-inostroza': ['Ángel Inostroza'] };

/**
 * Per season: the events in calendar order with their app ids, time zones and
 * races. `starts` are estimated UTC start times (best-known local schedule):
 * the races without a known start keep the estimates the app has shipped since
 * its first release, so leagues and picks made on them keep their locks.
 * `races` lists sessions by the facts' `kind`; a session the facts do not
 * describe is listed with an empty track (the format of those rounds has a
 * qualifying time trial before the sprint). `manufacturers` lists the
 * Manufacturers Cup sessions the same way: every session the facts describe
 * must be listed (the build fails otherwise); `stated` names the sessions
 * whose start the facts give (the start of that cup's programme), the others
 * are estimates.
 */
const LAYOUT = [
  {
    year: 2024,
    rounds: [
      {
        event: '2024-r1-montreal',
        id: 'gtws-2024-r1',
        name: 'Round 1 – Montreal',
        timeZone: 'America/Toronto',
        // Not stated: estimated one hour before the Nations Cup's first session (the
        // Manufacturers Cup runs first at every event whose schedule the facts give).
        manufacturers: { 'grand-final': '2024-07-06T16:00:00Z' },
        races: {
          qualifying: '2024-07-06T17:00:00Z',
          sprint: '2024-07-06T18:00:00Z',
          'grand-final': '2024-07-06T19:00:00Z',
        },
      },
      {
        event: '2024-r2-prague',
        id: 'gtws-2024-r2',
        name: 'Round 2 – Prague',
        timeZone: 'Europe/Prague',
        // Stated: Manufacturers Cup broadcast from 11:00 EDT (15:00 UTC).
        manufacturers: { 'grand-final': '2024-08-10T15:00:00Z' },
        stated: ['grand-final'],
        races: {
          qualifying: '2024-08-10T12:00:00Z',
          sprint: '2024-08-10T13:00:00Z',
          'grand-final': '2024-08-10T14:00:00Z',
        },
      },
      {
        event: '2024-r3-tokyo',
        id: 'gtws-2024-r3',
        name: 'Round 3 – Tokyo',
        timeZone: 'Asia/Tokyo',
        manufacturers: { 'grand-final': '2024-09-28T04:00:00Z' },
        races: {
          qualifying: '2024-09-28T05:00:00Z',
          sprint: '2024-09-28T06:00:00Z',
          'grand-final': '2024-09-28T07:00:00Z',
        },
      },
      {
        event: '2024-world-finals-amsterdam',
        id: 'gtws-2024-wf',
        name: 'World Finals – Amsterdam',
        timeZone: 'Europe/Amsterdam',
        worldFinals: true,
        // Nations Cup on Sunday 8 December from 16:00 CET (15:00 UTC), per the facts' schedule.
        // Stated: Manufacturers Cup on Saturday 7 December from 19:00 CET (18:00 UTC), qualifying first.
        manufacturers: { qualifying: '2024-12-07T18:00:00Z', 'grand-final': '2024-12-07T19:00:00Z' },
        stated: ['qualifying'],
        races: {
          qualifying: '2024-12-08T14:00:00Z',
          race1: '2024-12-08T15:00:00Z',
          race2: '2024-12-08T15:45:00Z',
          'grand-final': '2024-12-08T16:45:00Z',
        },
      },
    ],
  },
  {
    year: 2025,
    rounds: [
      {
        event: '2025-r1-london',
        id: 'gtws-2025-r1',
        name: 'Round 1 – London',
        timeZone: 'Europe/London',
        // Stated: Manufacturers Cup from 16:00 BST (15:00 UTC).
        manufacturers: { 'grand-final': '2025-06-07T15:00:00Z' },
        stated: ['grand-final'],
        races: {
          qualifying: '2025-06-07T13:00:00Z',
          sprint: '2025-06-07T14:00:00Z',
          'grand-final': '2025-06-07T15:00:00Z',
        },
      },
      {
        event: '2025-r2-berlin',
        id: 'gtws-2025-r2',
        name: 'Round 2 – Berlin',
        timeZone: 'Europe/Berlin',
        manufacturers: { 'grand-final': '2025-09-20T11:00:00Z' },
        races: {
          qualifying: '2025-09-20T12:00:00Z',
          sprint: '2025-09-20T13:00:00Z',
          'grand-final': '2025-09-20T14:00:00Z',
        },
      },
      {
        event: '2025-r3-los-angeles',
        id: 'gtws-2025-r3',
        name: 'Round 3 – Los Angeles',
        timeZone: 'America/Los_Angeles',
        manufacturers: { 'grand-final': '2025-11-08T19:00:00Z' },
        races: {
          qualifying: '2025-11-08T20:00:00Z',
          sprint: '2025-11-08T21:00:00Z',
          'grand-final': '2025-11-08T22:00:00Z',
        },
      },
      {
        event: '2025-world-finals-fukuoka',
        id: 'gtws-2025-wf',
        name: 'World Finals – Fukuoka',
        timeZone: 'Asia/Tokyo',
        worldFinals: true,
        // Nations Cup on Sunday 21 December from 07:00 CET (06:00 UTC), per the facts' schedule.
        // Stated: Manufacturers Cup on Saturday 20 December from 09:00 CET (08:00 UTC), race 1 first;
        // the later races follow the spacing of the Nations Cup day.
        manufacturers: {
          race1: '2025-12-20T08:00:00Z',
          race2: '2025-12-20T08:45:00Z',
          race3: '2025-12-20T09:30:00Z',
          'grand-final': '2025-12-20T10:30:00Z',
        },
        stated: ['race1'],
        races: {
          qualifying: '2025-12-21T05:00:00Z',
          race1: '2025-12-21T06:00:00Z',
          race2: '2025-12-21T06:45:00Z',
          'grand-final': '2025-12-21T07:45:00Z',
        },
      },
    ],
  },
  {
    year: 2026,
    pendingLineUp: true,
    rounds: [
      // Cancelled before it ran and announced without a race format: no races.
      {
        event: '2026-r1-abu-dhabi',
        id: 'gtws-2026-r1',
        name: 'Round 1 – Abu Dhabi',
        timeZone: 'Asia/Dubai',
        status: 'cancelled',
        races: {},
      },
      // The facts give the date only: no format, no results.
      {
        event: '2026-r2-milan',
        id: 'gtws-2026-r2',
        name: 'Round 2 – Milan',
        timeZone: 'Europe/Rome',
        races: {},
      },
      {
        event: '2026-r3-tbd',
        id: 'gtws-2026-r3',
        name: 'Round 3',
        timeZone: 'UTC',
        status: 'tba',
        races: {},
      },
      {
        event: '2026-world-finals-tokyo',
        id: 'gtws-2026-wf',
        name: 'World Finals – Tokyo',
        timeZone: 'Asia/Tokyo',
        worldFinals: true,
        // Not announced: the Nations Cup day and hours of the 2025 World Finals in the same time
        // zone (last day, from 15:00 local). An estimate, editable in the season editor.
        // Not announced: the Manufacturers Cup day and hours of the 2025 World Finals (the day
        // before the Nations Cup, from 17:00 local), with its three races and grand final.
        manufacturers: {
          race1: '2026-12-05T08:00:00Z',
          race2: '2026-12-05T08:45:00Z',
          race3: '2026-12-05T09:30:00Z',
          'grand-final': '2026-12-05T10:30:00Z',
        },
        races: {
          qualifying: '2026-12-06T05:00:00Z',
          race1: '2026-12-06T06:00:00Z',
          race2: '2026-12-06T06:45:00Z',
          'grand-final': '2026-12-06T07:45:00Z',
        },
      },
    ],
  },
];

const fail = (message) => {
  throw new Error(`from-facts: ${message}`);
};

/** The same slug rule as shared/domain/ids.ts (name without accents, lower case, dashes). */
function slugify(name) {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[øØ]/g, 'o')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

// Remarks the facts add about their sources or conditions, not part of the track's name.
const TRACK_REMARK = /\s*\((?:per |time trial|hot lap|aggregate time|wet|3-stage superpole)[^)]*\)/g;
// Two sources naming the track differently, "A (source) / 'B' (source)": the first name is kept.
const TRACK_CONFLICT = /\s*\([a-z]+\)\s*\/.*$/;
function track(text) {
  if (typeof text !== 'string') return '';
  return text
    .replace(TRACK_CONFLICT, '')
    .replace(TRACK_REMARK, '')
    .replace(/^Nurburgring/, 'Nürburgring')
    .trim();
}
// Lists of who drove what in brackets: the car rule is the part before them.
function car(text) {
  if (typeof text !== 'string') return '';
  return text.replace(/\s*\([^)]*,[^)]*\)/g, '').trim();
}
/** Manufacturers Cup: each team drives its own make, so the facts' bracketed models are not the rule. */
function teamCar(text) {
  return typeof text === 'string' ? text.replace(/\s*\([^)]*\)/g, '').trim() : '';
}
function laps(value) {
  return Number.isInteger(value) && value > 0 ? value : null;
}
/** "Television Centre (BBC TC1 studio), White City" → "Television Centre, White City". */
function venue(text) {
  return typeof text === 'string' ? text.replace(/\s*\([^)]*\)/g, '').trim() : '';
}
function city(text) {
  return typeof text === 'string' ? text.split(',')[0].trim() : '';
}
/** "2024-12-07/08" → first and last day. */
function dates(text) {
  if (text === null || text === undefined) return {};
  const m = /^(\d{4}-\d{2})-(\d{2})(?:\/(\d{2}))?$/.exec(text);
  if (!m) fail(`unreadable date "${text}"`);
  return m[3] ? { date: `${m[1]}-${m[2]}`, endDate: `${m[1]}-${m[3]}` } : { date: `${m[1]}-${m[2]}` };
}
/** URLs of a list that mixes URLs and source keys. */
function urls(list) {
  return (list ?? []).map((item) =>
    item.startsWith('http') ? item : (facts.sources[item] ?? fail(`unknown source "${item}"`)),
  );
}
/** Source keys cited in a note, "… (gt_r2nc24); …" → their URLs. */
function urlsInNote(note) {
  return [...(note ?? '').matchAll(/\(([a-z0-9_]+)\)/g)].map((m) => facts.sources[m[1]]).filter(Boolean);
}

/**
 * A race of the season file from the layout and the facts' description of it.
 * Callers put `startsAtEstimate` (when it applies) before `pointsTable`, the
 * order the file writes.
 */
function raceFromFact(plan, cup, kind, fact, startsAt, carText) {
  const { session, name } = SESSION[kind];
  const pointsTable =
    kind === 'grand-final'
      ? plan.worldFinals
        ? WF_GF_POINTS
        : ROUND_POINTS
      : plan.worldFinals && kind.startsWith('race')
        ? WF_RACE_POINTS
        : [];
  return {
    id: `${plan.id}-${cup}-${session}`,
    cup,
    session,
    name,
    track: track(fact?.track),
    car: carText,
    laps: laps(fact?.laps),
    startsAt,
    pointsTable,
  };
}

/**
 * The nation a driver raced for in the Nations Cup: that season's entry first,
 * else the nearest season's. Manufacturers Cup entries state no country.
 */
function nationOf(name, year) {
  const seasons = [...facts.seasons].sort((a, b) => Math.abs(a.year - year) - Math.abs(b.year - year));
  for (const season of seasons)
    for (const event of season.events)
      for (const cup of event.cups ?? [])
        if (cup.cup === 'nations' && Array.isArray(cup.entrants)) {
          const entry = cup.entrants.find((e) => e.driver === name && e.country);
          if (entry) return entry.country;
        }
  return undefined;
}

/** "Porsche (Shota Sato, …) - first …" → "Porsche"; "Lexus (Harald Walsen, …)" → "Lexus". */
function leadingName(text) {
  return text.replace(/\s*\(.*$/, '').trim();
}

function buildSeason(layout) {
  const factSeason = facts.seasons.find((s) => s.year === layout.year) ?? fail(`no season ${layout.year}`);
  const seasonId = `gtws-${layout.year}`;
  const drivers = new Map();
  const entryList = [];
  const noteDriver = (person, ownSeason) => {
    const id = slugify(person.driver);
    let driver = drivers.get(id);
    if (!driver) {
      const stated = person.country ?? nationOf(person.driver, layout.year);
      // A Manufacturers Cup driver who never raced for a nation has no stated country: left empty.
      const country =
        stated === undefined
          ? ''
          : (COUNTRY[stated] ?? fail(`no ISO code for "${stated}" (${person.driver})`));
      driver = {
        id,
        name: DISPLAY[id]?.name ?? person.driver,
        country,
        psnIds: [],
        aliases: [...(DISPLAY[id]?.aliases ?? []), ...(ALIASES[id] ?? [])],
      };
      drivers.set(id, driver);
    }
    if (person.psnId && !driver.psnIds.includes(person.psnId)) {
      // This season's PSN ID first; IDs from earlier seasons stay as aliases for matching.
      if (ownSeason) driver.psnIds.unshift(person.psnId);
      else driver.psnIds.push(person.psnId);
    }
    return id;
  };

  const rounds = [];
  const results = [];
  const standings = [];
  const champions = [];
  layout.rounds.forEach((plan, index) => {
    const event = factSeason.events.find((e) => e.id === plan.event) ?? fail(`no event ${plan.event}`);
    const cup = (event.cups ?? []).find((c) => c.cup === 'nations');
    if (Array.isArray(cup?.entrants))
      for (const entrant of cup.entrants) {
        const id = noteDriver(entrant, true);
        if (!entryList.includes(id)) entryList.push(id);
      }
    const races = [];
    for (const [kind, startsAt] of Object.entries(plan.races)) {
      const fact = (cup?.races ?? []).find((r) => r.kind === kind);
      const { pointsTable, ...race } = raceFromFact(plan, 'nations', kind, fact, startsAt, car(fact?.car));
      const id = race.id;
      races.push({ ...race, startsAtEstimate: true, pointsTable });
      const rows = fact?.classification ?? [];
      if (rows.length > 0) {
        results.push({
          raceId: id,
          classification: rows.map((row) => ({
            position: row.position,
            driverId: noteDriver(row, true),
            status: 'finished',
          })),
          ...(fact.classificationCompleteness === 'full' ? {} : { partial: true }),
          source: { urls: urls(fact.sources) },
        });
      }
    }
    rounds.push({
      id: plan.id,
      number: index + 1,
      name: plan.name,
      venue: venue(event.venue),
      city: city(event.city),
      ...dates(event.date),
      timeZone: plan.timeZone,
      ...(plan.status ? { status: plan.status } : {}),
      races,
    });
    if (cup?.standingsAfter?.length) {
      const rows = cup.standingsAfter.filter((row) => row.driver);
      const source = [...urls(cup.standingsSource), ...rows.flatMap((row) => urlsInNote(row.note))];
      if (source.length > 0 && rows.length > 0)
        standings.push({
          roundId: plan.id,
          cup: 'nations',
          rows: rows.map((row) => ({
            entryId: noteDriver({ driver: row.driver }, true),
            ...(row.rank ? { rank: row.rank } : {}),
            ...(typeof row.points === 'number' ? { points: row.points } : {}),
          })),
          complete: false,
          source: { urls: [...new Set(source)] },
        });
    }
    if (cup?.champion) {
      const name = cup.champion.replace(/\s*\(.*\)$/, '');
      champions.push({
        cup: 'nations',
        entryId: noteDriver({ driver: name }, true),
        source: { urls: urls(cup.standingsSource) },
      });
    }
  });

  const teams = addManufacturersCup(layout, factSeason, rounds, noteDriver, {
    results,
    standings,
    champions,
  });

  // PSN IDs of earlier seasons, kept after this season's own.
  for (const earlier of facts.seasons.filter((s) => s.year < layout.year))
    for (const event of earlier.events)
      for (const cup of event.cups ?? [])
        if (Array.isArray(cup.entrants))
          for (const entrant of cup.entrants)
            if (entrant.driver && drivers.has(slugify(entrant.driver))) noteDriver(entrant, false);

  return {
    format: 'podium-season',
    version: 2,
    season: {
      id: seasonId,
      name: `Gran Turismo World Series ${layout.year}`,
      year: layout.year,
      rounds,
      drivers: [...drivers.values()],
      teams,
      entryLists: {
        nations: entryList,
        manufacturers: teams.map((team) => team.id),
        ...(layout.pendingLineUp ? { pending: ['nations', 'manufacturers'] } : {}),
      },
      ...(results.length ? { results } : {}),
      ...(standings.length ? { standings } : {}),
      ...(champions.length ? { champions } : {}),
    },
  };
}

/**
 * Adds the Manufacturers Cup of every round: its races (after the Nations Cup
 * races of the round), results, standings and champion, and returns the teams
 * in order of first appearance with every driver the facts name for them.
 * Result rows name the team (`teamId`), as in every season file.
 */
function addManufacturersCup(layout, factSeason, rounds, noteDriver, out) {
  const teams = new Map();
  const noteTeam = (name) => {
    const id = slugify(name);
    if (!teams.has(id)) teams.set(id, { id, name, driverIds: [], lineUps: [] });
    return id;
  };
  const noteTeamDriver = (teamId, driverName, roundId, extra = {}) => {
    const driverId = noteDriver({ driver: driverName, ...extra }, true);
    const team = teams.get(teamId);
    if (!team.driverIds.includes(driverId)) team.driverIds.push(driverId);
    let lineUp = team.lineUps.find((l) => l.roundId === roundId);
    if (!lineUp) team.lineUps.push((lineUp = { roundId, driverIds: [] }));
    if (!lineUp.driverIds.includes(driverId)) lineUp.driverIds.push(driverId);
  };
  layout.rounds.forEach((plan, index) => {
    const event = factSeason.events.find((e) => e.id === plan.event);
    const cup = (event.cups ?? []).find((c) => c.cup === 'manufacturers');
    for (const entrant of Array.isArray(cup?.entrants) ? cup.entrants : []) {
      // An entrant whose team the source does not state belongs to no team here.
      if (!entrant.team) continue;
      const teamId = noteTeam(entrant.team);
      if (entrant.driver)
        noteTeamDriver(teamId, entrant.driver, plan.id, entrant.psnId ? { psnId: entrant.psnId } : {});
      for (const name of entrant.drivers ?? []) noteTeamDriver(teamId, name, plan.id);
    }
    const planned = plan.manufacturers ?? {};
    for (const fact of cup?.races ?? [])
      if (!(fact.kind in planned))
        fail(`${plan.id}: Manufacturers Cup "${fact.kind}" has no start in LAYOUT`);
    const round = rounds[index];
    for (const [kind, startsAt] of Object.entries(planned)) {
      const fact = (cup?.races ?? []).find((r) => r.kind === kind);
      const { pointsTable, ...race } = raceFromFact(
        plan,
        'manufacturers',
        kind,
        fact,
        startsAt,
        teamCar(fact?.car),
      );
      const id = race.id;
      round.races.push({
        ...race,
        ...((plan.stated ?? []).includes(kind) ? {} : { startsAtEstimate: true }),
        pointsTable,
      });
      const rows = fact?.classification ?? [];
      if (rows.length > 0) {
        out.results.push({
          raceId: id,
          classification: rows.map((row) => {
            const teamId = noteTeam(row.team);
            if (row.driver) noteTeamDriver(teamId, row.driver, plan.id);
            return { position: row.position, teamId, status: 'finished' };
          }),
          ...(fact.classificationCompleteness === 'full' ? {} : { partial: true }),
          source: { urls: urls(fact.sources) },
        });
      }
    }
    const stated = (cup?.standingsAfter ?? []).filter((row) => row.team);
    const ranked = stated.filter((row) => Number.isInteger(row.rank) || typeof row.points === 'number');
    const notes = [
      ...(cup?.standingsAfter ?? []).filter((row) => !row.team && row.note).map((row) => row.note),
      // A rank the source gives only as a range ("2 or 3") is kept as words, never as a number.
      ...stated.filter((row) => !ranked.includes(row)).map((row) => `${row.team}: ${row.rank}`),
    ];
    const source = [
      ...urls(cup?.standingsSource),
      ...(cup?.standingsAfter ?? []).flatMap((row) => urlsInNote(row.note)),
    ];
    if (source.length > 0 && ranked.length > 0)
      out.standings.push({
        roundId: plan.id,
        cup: 'manufacturers',
        rows: ranked.map((row) => ({
          entryId: noteTeam(row.team),
          ...(Number.isInteger(row.rank) ? { rank: row.rank } : {}),
          ...(typeof row.points === 'number' ? { points: row.points } : {}),
        })),
        complete: false,
        ...(notes.length ? { note: notes.map((n) => n.replace(/\s*\([a-z0-9_]+\)/g, '')).join('; ') } : {}),
        source: { urls: [...new Set(source)] },
      });
    if (cup?.champion)
      out.champions.push({
        cup: 'manufacturers',
        entryId: noteTeam(leadingName(cup.champion)),
        source: { urls: urls(cup.standingsSource) },
      });
  });
  return [...teams.values()].map(({ lineUps, ...team }) => ({
    ...team,
    ...(lineUps.length ? { lineUps } : {}),
  }));
}

/** The season file object of one year, as committed in shared/seasons/data. */
export function seasonFileFromFacts(year) {
  return buildSeason(LAYOUT.find((l) => l.year === year) ?? fail(`no layout for ${year}`));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const layout of LAYOUT) {
    const file = join(dataDir, `gtws-${layout.year}.season.json`);
    writeFileSync(file, JSON.stringify(buildSeason(layout), null, 2) + '\n');
    console.log(`wrote ${file}`);
  }
}
