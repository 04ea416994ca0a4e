/** Every backup the app writes, it can restore: backups have their own read limit, checked before writing. */
import { describe, expect, it } from 'vitest';
import {
  backupSizeProblem,
  createBackup,
  parseBackup,
  restoreBackup,
  serializeBackup,
} from '../../../renderer/src/db/backup';
import { File } from 'node:buffer';
import { seedBuiltInSeasons } from '../../../renderer/src/app/boot';
import { dumpDatabase } from '../../../renderer/src/db/dump';
import { createLeague } from '../../../renderer/src/db/leagues';
import { allowLockedPickWrites } from '../../../renderer/src/db/lock-guard';
import { DEFAULT_RULES } from '../../../shared/scoring';
import { createDatabase } from '../../../renderer/src/db/schema';
import { readBrowserFile } from '../../../renderer/src/platform/read-file';
import { MAX_BACKUP_BYTES, MAX_FILE_BYTES } from '../../../shared/ipc/contract';

/** Node's File reads its bytes (jsdom's has no arrayBuffer); the app only uses name, size and arrayBuffer. */
const asDomFile = (parts: string[], name: string) => new File(parts, name) as unknown as globalThis.File;

describe('backup size rule', () => {
  it('restores a backup larger than the per-file import limit (the 5.5 MB backup restore refused)', async () => {
    // The failure: a 4.7 MB league file was accepted, "Back up now" wrote 5.5 MB, and restore refused it.
    const db = createDatabase(`backup-size-${Math.random()}`);
    await seedBuiltInSeasons(db);
    const league = await createLeague(db, {
      name: 'Big League',
      seasonId: 'gtws-2025',
      rules: DEFAULT_RULES,
    });
    const races = (await db.races.where('seasonId').equals('gtws-2025').toArray()).filter((r) => r.pickable);
    const members = Array.from({ length: 5000 }, (_, i) => ({
      leagueId: league.id,
      id: `member-${i}`,
      name: `Member ${i}`,
      color: '#e10600',
      createdAt: '2025-06-01T10:00:00.000Z',
    }));
    const picks = members.flatMap((member, i) =>
      Array.from({ length: 6 }, (_, k) => ({
        leagueId: league.id,
        memberId: member.id,
        raceId: races[(i + k) % races.length]!.id,
        podium: ['jose-serrano', 'pol-urra', 'valerio-gallo'] as [string, string, string],
        madeAt: '2025-06-01T10:00:00.000Z',
      })),
    );
    await db.transaction('rw', db.members, db.picks, async () => {
      allowLockedPickWrites();
      await db.members.bulkAdd(members);
      await db.picks.bulkAdd(picks);
    });
    const text = serializeBackup(await createBackup(db, '2026-11-30T12:00:00.000Z', 'test'));
    expect(text.length).toBeGreaterThan(MAX_FILE_BYTES);
    expect(backupSizeProblem(text)).toBeNull();

    const opened = await readBrowserFile(asDomFile([text], 'backup.json'), MAX_BACKUP_BYTES);
    if (!opened.ok) throw new Error(opened.problems.join('\n'));
    const parsed = parseBackup(opened.value.bytes, db.verno);
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    const target = createDatabase(`backup-size-target-${Math.random()}`);
    await seedBuiltInSeasons(target);
    await restoreBackup(target, parsed.value);
    expect(await dumpDatabase(target)).toEqual(await dumpDatabase(db));
    // Read as an ordinary import, the same file is still refused: the larger limit is for backups only.
    expect((await readBrowserFile(asDomFile([text], 'backup.json'))).ok).toBe(false);
  }, 60_000);

  it('writes a backup of exactly the limit and refuses one byte more, which restore would refuse too', async () => {
    const atLimit = 'x'.repeat(MAX_BACKUP_BYTES);
    expect(backupSizeProblem(atLimit)).toBeNull();
    expect(backupSizeProblem(`${atLimit}x`)).toEqual({ sizeMb: '64.0', limitMb: '64.0' });
    // Multi-byte characters count as the bytes written, not as characters.
    expect(backupSizeProblem('é'.repeat(MAX_BACKUP_BYTES / 2 + 1))).not.toBeNull();

    const read = await readBrowserFile(asDomFile([atLimit], 'backup.json'), MAX_BACKUP_BYTES);
    expect(read.ok && read.value.bytes.length).toBe(MAX_BACKUP_BYTES);
    const over = await readBrowserFile(asDomFile([`${atLimit}x`], 'backup.json'), MAX_BACKUP_BYTES);
    expect(over).toEqual({
      ok: false,
      problems: [
        {
          code: 'too-large',
          params: { file: 'backup.json', limitMb: 64 },
          message: '“backup.json” is 64.0 MB; files over 64 MB are refused.',
        },
      ],
    });
  }, 60_000);
});
