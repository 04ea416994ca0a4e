import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { readdir, readFile, lstat, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FSWatcher } from 'node:fs';
import { MAX_FILE_BYTES, type SyncFolderChange } from '../../shared/ipc/contract';
import {
  FolderWatchers,
  isSlipFileName,
  readSlipFolder,
  watchSlipFolder,
  writeSlipAtomically,
  type ReadFs,
} from '../../electron/main/folder-sync';
import { createSlip, mergePicks, parseSlip, serializeSlip } from '../../shared/exchange';
import type { Pick } from '../../shared/domain/types';

let folder: string;
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'podium-sync-'));
});
afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

const LEAGUE = 'friday-club';
const RACES = Array.from({ length: 12 }, (_, i) => `gtws-2025-r${i + 1}`);
const DRIVERS = ['d1', 'd2', 'd3', 'd4', 'd5', 'd6'];
/** Far in the future: the concurrency test is about files, not locks. */
const RACE_STARTS = new Map(RACES.map((raceId) => [raceId, '2099-01-01T00:00:00.000Z']));

function slipText(memberId: string, picks: Pick[]): string {
  return serializeSlip(
    createSlip({
      leagueId: LEAGUE,
      seasonId: 'gtws-2025',
      member: { id: memberId, name: memberId.toUpperCase() },
      picks,
      exportedAt: new Date().toISOString(),
    }),
  );
}

describe('isSlipFileName', () => {
  it.each([
    ['friday-club--ana.podium-slip.json', true],
    ['a_b--c-1.podium-slip.json', true],
    ['.friday-club--ana.podium-slip.json.1234-ab.tmp', false],
    ['.hidden.podium-slip.json', false],
    ['../ana.podium-slip.json', false],
    ['sub/ana.podium-slip.json', false],
    ['sub\\ana.podium-slip.json', false],
    ['ana.podium-slip.json.tmp', false],
    ['ana.json', false],
    ['ana..x.podium-slip.json', false],
    ['ana podium.podium-slip.json', false],
    [`${'a'.repeat(200)}.podium-slip.json`, false],
    ['.podium-slip.json', false],
  ])('%s → %s', (name, expected) => {
    expect(isSlipFileName(name)).toBe(expected);
  });
});

describe('writeSlipAtomically', () => {
  it('writes and replaces the file, leaving no temporary file behind', async () => {
    expect(await writeSlipAtomically(folder, 'l--a.podium-slip.json', '{"v":1}')).toEqual({
      ok: true,
      value: { fileName: 'l--a.podium-slip.json', bytes: 7 },
    });
    await writeSlipAtomically(folder, 'l--a.podium-slip.json', '{"v":2}');
    expect(readdirSync(folder)).toEqual(['l--a.podium-slip.json']);
    expect(readFileSync(join(folder, 'l--a.podium-slip.json'), 'utf8')).toBe('{"v":2}');
  });

  it('refuses names with separators or without the suffix, writing nothing', async () => {
    for (const name of ['../evil.podium-slip.json', 'x/y.podium-slip.json', 'notes.txt']) {
      const result = await writeSlipAtomically(folder, name, '{}');
      expect(result.ok).toBe(false);
    }
    expect(readdirSync(folder)).toEqual([]);
  });

  it('returns a missing folder as an error value and cleans up', async () => {
    const result = await writeSlipAtomically(join(folder, 'gone'), 'l--a.podium-slip.json', '{}');
    expect(result).toEqual({
      ok: false,
      problems: [
        'Could not write “l--a.podium-slip.json” in the shared folder: the file or folder does not exist.',
      ],
    });
  });
});

describe('readSlipFolder', () => {
  it('reads slip files only, reporting incomplete and oversized ones without merging them', async () => {
    writeFileSync(join(folder, 'l--a.podium-slip.json'), '{"ok":true}');
    writeFileSync(join(folder, 'l--b.podium-slip.json'), '{"format":"podium-slip","pic');
    writeFileSync(join(folder, 'l--c.podium-slip.json'), '');
    writeFileSync(join(folder, 'l--d.podium-slip.json'), Buffer.alloc(MAX_FILE_BYTES + 1, 0x20));
    writeFileSync(join(folder, '.l--a.podium-slip.json.99-abcd.tmp'), '{"half');
    writeFileSync(join(folder, '.syncthing.l--e.podium-slip.json.tmp'), '{"half');
    writeFileSync(join(folder, 'notes.txt'), 'hello');
    writeFileSync(join(folder, 'l--f.podium-slip.json'), Buffer.from([0xff, 0xfe, 0x00, 0xd8]));
    // Saved by an editor as UTF-16: read like any other file.
    writeFileSync(join(folder, 'l--g.podium-slip.json'), Buffer.from('\ufeff{"ok":true}', 'utf16le'));
    const read = await readSlipFolder(folder, undefined, () => new Date('2025-06-01T10:00:00Z'));
    expect(read).toEqual({
      ok: true,
      value: {
        folder,
        readAt: '2025-06-01T10:00:00.000Z',
        entries: [
          { fileName: 'l--a.podium-slip.json', status: 'ok', text: '{"ok":true}' },
          { fileName: 'l--b.podium-slip.json', status: 'incomplete', reason: 'not complete JSON yet' },
          { fileName: 'l--c.podium-slip.json', status: 'incomplete', reason: 'the file is empty' },
          { fileName: 'l--d.podium-slip.json', status: 'too-large', bytes: MAX_FILE_BYTES + 1 },
          { fileName: 'l--f.podium-slip.json', status: 'incomplete', reason: 'not complete JSON yet' },
          { fileName: 'l--g.podium-slip.json', status: 'ok', text: '{"ok":true}' },
        ],
      },
    });
  });

  it('does not follow a symbolic link planted in the folder', async () => {
    const outside = join(folder, '..', `secret-${Date.now()}.json`);
    writeFileSync(outside, '{"secret":true}');
    try {
      symlinkSync(outside, join(folder, 'l--x.podium-slip.json'));
      const read = await readSlipFolder(folder);
      expect(read.ok && read.value.entries).toEqual([]);
    } finally {
      rmSync(outside, { force: true });
    }
  });

  it('skips a file deleted between listing and reading', async () => {
    writeFileSync(join(folder, 'l--a.podium-slip.json'), '{"a":1}');
    writeFileSync(join(folder, 'l--b.podium-slip.json'), '{"b":1}');
    const deleting: ReadFs = {
      readdir: (path) => readdir(path),
      lstat: (path) => lstat(path),
      async readFile(path) {
        if (path.endsWith('l--a.podium-slip.json')) await unlink(path);
        return readFile(path);
      },
    };
    const read = await readSlipFolder(folder, deleting);
    expect(read.ok && read.value.entries).toEqual([
      { fileName: 'l--b.podium-slip.json', status: 'ok', text: '{"b":1}' },
    ]);
  });

  it('returns an unreadable folder as an error value', async () => {
    const read = await readSlipFolder(join(folder, 'missing'));
    expect(read).toEqual({
      ok: false,
      problems: ['Could not read the shared folder: the file or folder does not exist.'],
    });
  });
});

describe('two members writing and reading the same folder concurrently', () => {
  it('loses no pick and never yields a corrupted file', async () => {
    const ROUNDS = 150;
    const members = ['ana', 'bo'] as const;
    const finalPicks = new Map<string, Pick[]>();
    const merged = new Map<string, Pick[]>(members.map((m) => [m, []]));
    const stats = { reads: 0, parsed: 0, incomplete: 0, vanished: 0, writes: 0 };
    let writersDone = 0;

    const picksAt = (memberId: string, round: number): Pick[] =>
      RACES.map((raceId, i) => {
        const offset = (round + i + (memberId === 'ana' ? 0 : 3)) % DRIVERS.length;
        return {
          memberId,
          raceId,
          podium: [DRIVERS[offset]!, DRIVERS[(offset + 1) % 6]!, DRIVERS[(offset + 2) % 6]!],
          // Strictly increasing per round, as a member's later edits are.
          madeAt: new Date(Date.UTC(2025, 0, 1) + round * 60_000 + i).toISOString(),
        };
      });

    const writer = async (memberId: string) => {
      for (let round = 0; round < ROUNDS; round++) {
        // Each round changes only some races, as a member editing picks does.
        const picks = picksAt(memberId, round);
        const result = await writeSlipAtomically(
          folder,
          `${LEAGUE}--${memberId}.podium-slip.json`,
          slipText(memberId, picks),
        );
        expect(result.ok).toBe(true);
        stats.writes++;
        finalPicks.set(memberId, picks);
        if (round % 7 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
      writersDone++;
    };

    /** What a reader machine does: read everything, merge the other member's picks with the shared rule. */
    const readOnce = async (reader: string) => {
      // Half of the reads go through a file system that loses a file between list and read.
      const vanishing: ReadFs = {
        readdir: (path) => readdir(path),
        lstat: (path) => lstat(path),
        async readFile(path) {
          if (path.endsWith('carl.podium-slip.json') && Math.random() < 0.5) {
            await unlink(path).catch(() => undefined);
            stats.vanished++;
          }
          return readFile(path);
        },
      };
      const read = await readSlipFolder(folder, stats.reads % 2 ? vanishing : undefined);
      stats.reads++;
      expect(read.ok).toBe(true);
      if (!read.ok) return;
      for (const entry of read.value.entries) {
        const isCarl = entry.fileName === `${LEAGUE}--carl.podium-slip.json`;
        if (entry.status === 'incomplete') {
          // Only the file the "sync tool" writes in place may be seen half-written; atomic writes never are.
          expect(isCarl, `${entry.fileName} seen incomplete`).toBe(true);
          stats.incomplete++;
          continue;
        }
        expect(entry.status).toBe('ok');
        if (entry.status !== 'ok') continue;
        const parsed = parseSlip(entry.text);
        // A completed read of a file written atomically always parses.
        if (!isCarl) expect(parsed.ok, `${entry.fileName} parsed`).toBe(true);
        if (!parsed.ok) continue;
        stats.parsed++;
        const slip = parsed.value;
        if (slip.member.id === reader) continue;
        const incoming = slip.picks.map((pick) => ({ ...pick, memberId: slip.member.id }));
        const outcome = mergePicks(merged.get(reader)!, incoming, { raceStarts: RACE_STARTS });
        expect(outcome.refused).toEqual([]);
        const stored = new Map(merged.get(reader)!.map((p) => [`${p.memberId}/${p.raceId}`, p]));
        for (const pick of outcome.accepted) stored.set(`${pick.memberId}/${pick.raceId}`, pick);
        merged.set(reader, [...stored.values()]);
      }
    };

    const reader = async (memberId: string) => {
      while (writersDone < members.length) await readOnce(memberId);
    };

    /** A sync tool writing a third member's file in place: readers see it half-written. */
    const syncTool = async () => {
      const full = slipText('carl', picksAt('carl', 0));
      const path = join(folder, `${LEAGUE}--carl.podium-slip.json`);
      while (writersDone < members.length) {
        await writeFile(path, full.slice(0, Math.floor(full.length / 2)));
        await new Promise((resolve) => setImmediate(resolve));
        await writeFile(path, full);
        await new Promise((resolve) => setImmediate(resolve));
      }
      await unlink(path).catch(() => undefined);
    };

    const started = performance.now();
    await Promise.all([writer('ana'), writer('bo'), reader('ana'), reader('bo'), syncTool()]);
    // After the writers stop, one more read each (what the next folder event or rescan does).
    await readOnce('ana');
    await readOnce('bo');
    const elapsed = performance.now() - started;

    const byKey = (picks: Pick[]) =>
      [...picks].sort((a, b) => `${a.memberId}/${a.raceId}`.localeCompare(`${b.memberId}/${b.raceId}`));
    const ofMember = (picks: Pick[], memberId: string) => byKey(picks.filter((p) => p.memberId === memberId));
    expect(ofMember(merged.get('ana')!, 'bo')).toEqual(byKey(finalPicks.get('bo')!));
    expect(ofMember(merged.get('bo')!, 'ana')).toEqual(byKey(finalPicks.get('ana')!));
    expect(stats.writes).toBe(2 * ROUNDS);
    expect(stats.reads).toBeGreaterThan(10);
    expect(stats.incomplete).toBeGreaterThan(0);
    // No temporary file is left behind by the writers.
    expect(readdirSync(folder).sort()).toEqual([
      `${LEAGUE}--ana.podium-slip.json`,
      `${LEAGUE}--bo.podium-slip.json`,
    ]);
    console.info(
      `folder sync: ${stats.writes} atomic writes, ${stats.reads} folder reads, ${stats.parsed} slips parsed, ` +
        `${stats.incomplete} incomplete files seen, ${stats.vanished} files deleted mid-read, ${elapsed.toFixed(0)} ms`,
    );
  }, 60_000);
});

describe('watchSlipFolder', () => {
  const waitFor = async (check: () => boolean, ms = 5000) => {
    const until = Date.now() + ms;
    while (!check()) {
      if (Date.now() > until) throw new Error('timed out');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  it('reports a burst of writes once, after the debounce', async () => {
    const changes: SyncFolderChange[] = [];
    const watch = watchSlipFolder(folder, (change) => changes.push(change), { debounceMs: 100 });
    try {
      for (let i = 0; i < 5; i++) await writeSlipAtomically(folder, 'l--a.podium-slip.json', `{"i":${i}}`);
      await waitFor(() => changes.length > 0);
      await new Promise((resolve) => setTimeout(resolve, 250));
      expect(changes).toEqual([{ folder, cause: 'watch' }]);
      expect(watch.usingEvents).toBe(true);
    } finally {
      watch.close();
    }
  });

  it('falls back to rescanning when the platform cannot watch the folder', async () => {
    const changes: SyncFolderChange[] = [];
    const failingWatch = vi.fn((): FSWatcher => {
      throw Object.assign(new Error('no inotify watches left'), { code: 'ENOSPC' });
    });
    const watch = watchSlipFolder(folder, (change) => changes.push(change), {
      debounceMs: 10,
      rescanMs: 40,
      watch: failingWatch,
    });
    try {
      expect(watch.usingEvents).toBe(false);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(changes).toEqual([]);
      writeFileSync(join(folder, 'l--b.podium-slip.json'), '{}');
      await waitFor(() => changes.length > 0);
      expect(changes[0]).toEqual({ folder, cause: 'rescan' });
      await new Promise((resolve) => setTimeout(resolve, 150));
      // The same state is not reported again.
      expect(changes).toHaveLength(1);
    } finally {
      watch.close();
    }
  });

  it('ignores temporary files', async () => {
    const changes: SyncFolderChange[] = [];
    const watch = watchSlipFolder(folder, (change) => changes.push(change), { debounceMs: 20 });
    try {
      writeFileSync(join(folder, '.l--a.podium-slip.json.1-ab.tmp'), '{}');
      writeFileSync(join(folder, 'notes.txt'), '{}');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(changes).toEqual([]);
    } finally {
      watch.close();
    }
  });
});

describe('FolderWatchers', () => {
  it('keeps one watch per folder and closes them all', () => {
    const watchers = new FolderWatchers(() => undefined, { rescanMs: 60_000 });
    watchers.watch(folder);
    watchers.watch(folder);
    expect(watchers.has(folder)).toBe(true);
    watchers.unwatch(folder);
    expect(watchers.has(folder)).toBe(false);
    watchers.watch(folder);
    watchers.closeAll();
    expect(watchers.has(folder)).toBe(false);
  });
});
