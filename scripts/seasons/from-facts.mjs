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
 * them) and the points tables. Only the Nations Cup is embedded.
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
 * qualifying time trial before the sprint).
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
const TRACK_REMARK = /\s*\((?:per |time trial|hot lap|aggregate time|wet)[^)]*\)/g;
function track(text) {
  if (typeof text !== 'string') return '';
  return text
    .replace(TRACK_REMARK, '')
    .replace(/^Nurburgring/, 'Nürburgring')
    .trim();
}
// Lists of who drove what in brackets: the car rule is the part before them.
function car(text) {
  if (typeof text !== 'string') return '';
  return text.replace(/\s*\([^)]*,[^)]*\)/g, '').trim();
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

function buildSeason(layout) {
  const factSeason = facts.seasons.find((s) => s.year === layout.year) ?? fail(`no season ${layout.year}`);
  const seasonId = `gtws-${layout.year}`;
  const drivers = new Map();
  const entryList = [];
  const noteDriver = (person, ownSeason) => {
    const id = slugify(person.driver);
    let driver = drivers.get(id);
    if (!driver) {
      const country =
        COUNTRY[person.country] ?? fail(`no ISO code for "${person.country}" (${person.driver})`);
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
      const { session, name } = SESSION[kind];
      const id = `${plan.id}-nations-${session}`;
      const points =
        kind === 'grand-final'
          ? plan.worldFinals
            ? WF_GF_POINTS
            : ROUND_POINTS
          : plan.worldFinals && (kind === 'race1' || kind === 'race2')
            ? WF_RACE_POINTS
            : [];
      races.push({
        id,
        cup: 'nations',
        session,
        name,
        track: track(fact?.track),
        car: car(fact?.car),
        laps: laps(fact?.laps),
        startsAt,
        startsAtEstimate: true,
        pointsTable: points,
      });
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

  // PSN IDs of earlier seasons, kept after this season's own.
  for (const earlier of facts.seasons.filter((s) => s.year < layout.year))
    for (const event of earlier.events)
      for (const cup of event.cups ?? [])
        if (cup.cup === 'nations' && Array.isArray(cup.entrants))
          for (const entrant of cup.entrants)
            if (drivers.has(slugify(entrant.driver))) noteDriver(entrant, false);

  return {
    format: 'podium-season',
    version: 2,
    season: {
      id: seasonId,
      name: `Gran Turismo World Series ${layout.year}`,
      year: layout.year,
      rounds,
      drivers: [...drivers.values()],
      teams: [],
      entryLists: {
        nations: entryList,
        manufacturers: [],
        ...(layout.pendingLineUp ? { pending: ['nations'] } : {}),
      },
      ...(results.length ? { results } : {}),
      ...(standings.length ? { standings } : {}),
      ...(champions.length ? { champions } : {}),
    },
  };
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
