import { describe, expect, it } from 'vitest';
import { createDatabase } from '../../../renderer/src/db/schema';
import { seedBuiltInSeasons } from '../../../renderer/src/app/boot';
import { readSeason } from '../../../renderer/src/db/seasons';
import {
  commitSeasonImport,
  importSeasonText,
  readSeasonImport,
  serializeSeasonFile,
  validateSeason,
} from '../../../renderer/src/screens/season/season-io';
import { newSeason, parsePoints, withDerivedIds } from '../../../renderer/src/screens/season/season-draft';
import { dumpDatabase } from '../../../renderer/src/db/dump';
import { messages } from '../../shared/files/english';

async function seededDb() {
  const db = createDatabase(`season-test-${Math.random()}`);
  await db.open();
  await seedBuiltInSeasons(db);
  return db;
}

function season2027() {
  const draft = newSeason(2027);
  draft.drivers = [
    { id: '', name: 'José Serrano', country: 'ES', psnIds: ['JoseSerrano_16'], aliases: [] },
    { id: '', name: 'Kaj de Bruin', country: 'NL', psnIds: [], aliases: [] },
  ];
  const season = withDerivedIds(draft);
  return { ...season, entryLists: { nations: season.drivers.map((d) => d.id), manufacturers: [] } };
}

describe('season files', () => {
  it('reports every problem of a bad file and leaves the database as it was', async () => {
    const db = await seededDb();
    const before = await dumpDatabase(db);
    const cases: [string, RegExp][] = [
      ['', /empty/],
      ['{ not json', /not valid JSON/],
      ['{"format":"something-else"}', /not a Podium League season file/],
    ];
    for (const [text, message] of cases) {
      const outcome = await importSeasonText(db, text);
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(messages(outcome).join('\n')).toMatch(message);
    }
    const broken = JSON.parse(serializeSeasonFile(season2027())) as {
      season: { rounds: { races: { startsAt: string }[] }[]; drivers: { country: string }[] };
    };
    broken.season.rounds[0]!.races[0]!.startsAt = 'next Sunday';
    broken.season.drivers[1]!.country = 'Netherlands';
    const outcome = await importSeasonText(db, JSON.stringify(broken));
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.problems).toHaveLength(2);
      expect(messages(outcome).join('\n')).toContain('season.rounds[0].races[0].startsAt');
      expect(messages(outcome).join('\n')).toContain('season.drivers[1].country');
    }
    expect(await dumpDatabase(db)).toEqual(before);
  });

  it('previews an update of a season the app has and changes nothing until it is committed', async () => {
    const db = await seededDb();
    const before = await dumpDatabase(db);
    const builtIn = (await readSeason(db, 'gtws-2025'))!;
    const update = structuredClone(builtIn);
    update.drivers.push({ id: 'rin-yamada', name: 'Rin Yamada', country: 'JP', psnIds: [], aliases: [] });
    update.entryLists.nations.push('rin-yamada');
    const read = await readSeasonImport(db, serializeSeasonFile(update));
    if (!read.ok) throw new Error(messages(read).join('\n'));
    expect(read.value.update?.changes).toEqual([
      { kind: 'driver-added', driverId: 'rin-yamada', name: 'Rin Yamada' },
      { kind: 'entry-added', cup: 'nations', entryId: 'rin-yamada' },
    ]);
    expect(await dumpDatabase(db)).toEqual(before);
    await commitSeasonImport(db, read.value.season);
    expect((await readSeason(db, 'gtws-2025'))!.entryLists.nations).toContain('rin-yamada');
    expect((await db.seasons.get('gtws-2025'))?.builtIn).toBe(true);
  });

  it('imports a new season, replaces it on re-import, and exports it back identically', async () => {
    const db = await seededDb();
    const text = serializeSeasonFile(season2027());
    const first = await importSeasonText(db, text);
    expect(first).toMatchObject({ ok: true, value: { replaced: false } });
    const stored = (await readSeason(db, 'gtws-2027'))!;
    expect(stored.drivers.map((d) => d.id)).toEqual(['jose-serrano', 'kaj-de-bruin']);
    expect(stored.rounds[0]!.races[0]!.id).toBe('gtws-2027-r1-nations-gf');
    expect((await db.seasons.get('gtws-2027'))?.builtIn).toBe(false);
    expect(serializeSeasonFile(stored)).toBe(text);
    expect(await importSeasonText(db, text)).toMatchObject({ ok: true, value: { replaced: true } });
  });
});

describe('season editor helpers', () => {
  it('derives ids from names and positions so a new season validates', () => {
    const season = season2027();
    expect(season.rounds[0]!.id).toBe('gtws-2027-r1');
    expect(validateSeason(season).ok).toBe(true);
  });

  it('reads points tables typed with dashes, commas or spaces', () => {
    expect(parsePoints('6-5-4-3-2-1')).toEqual([6, 5, 4, 3, 2, 1]);
    expect(parsePoints('12, 10 8')).toEqual([12, 10, 8]);
    expect(parsePoints('')).toEqual([]);
  });
});
