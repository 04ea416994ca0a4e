import { fileProblem, unexpectedProblem } from '../../shared/files/problems';
import { mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { linkSync } from 'node:fs';
import { unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FSWatcher } from 'node:fs';
import { SYNC_LIMITS, type SyncFolderChange } from '../../shared/ipc/contract';
import {
  defaultReadFs,
  FolderWatchers,
  isSlipFileName,
  readSlipFolder,
  SETTLE_MS,
  SlipReadCache,
  watchSlipFolder,
  writeSlipAtomically,
  type ReadFs,
} from '../../electron/main/folder-sync';
import { createSlip, mergePicks, parseSlip, serializeSlip } from '../../shared/exchange';
import type { Pick } from '../../shared/domain/types';

const nodeFs = (): ReadFs => defaultReadFs;

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

const ANA_FILE = `${LEAGUE}--ana.podium-slip.json`;
const fileOf = (memberId: string) => `${LEAGUE}--${memberId}.podium-slip.json`;

function slipText(memberId: string, picks: Pick[]): string {
  return serializeSlip(
    createSlip({
      leagueId: LEAGUE,
      seasonId: 'gtws-2025',
      member: { id: memberId, name: memberId.toUpperCase() },
      picks,
      exportedAt: '2025-05-01T00:00:00.000Z',
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
    const first = slipText('ana', []);
    expect(await writeSlipAtomically(folder, ANA_FILE, first)).toEqual({
      ok: true,
      value: { fileName: ANA_FILE, bytes: Buffer.byteLength(first) },
    });
    const second = slipText('ana', [
      { memberId: 'ana', raceId: RACES[0]!, podium: ['d1', 'd2', 'd3'], madeAt: '2025-01-01T00:00:00.000Z' },
    ]);
    await writeSlipAtomically(folder, ANA_FILE, second);
    expect(readdirSync(folder)).toEqual([ANA_FILE]);
    expect(readFileSync(join(folder, ANA_FILE), 'utf8')).toBe(second);
  });

  it("refuses a slip whose content is another member's or not a slip, and one over the size limit", async () => {
    expect(await writeSlipAtomically(folder, ANA_FILE, slipText('bo', []))).toEqual({
      ok: false,
      problems: [
        {
          code: 'slip-file-name',
          params: { member: 'BO', expected: `${LEAGUE}--bo.podium-slip.json`, file: ANA_FILE },
          message: `Refused to write “${ANA_FILE}”: the slip inside is BO's, whose file is ${LEAGUE}--bo.podium-slip.json.`,
        },
      ],
    });
    expect((await writeSlipAtomically(folder, ANA_FILE, '{"v":1}')).ok).toBe(false);
    const huge = slipText('ana', []).replace('"ANA"', `"${'A'.repeat(SYNC_LIMITS.maxSlipBytes)}"`);
    expect(await writeSlipAtomically(folder, ANA_FILE, huge)).toEqual({
      ok: false,
      problems: [
        unexpectedProblem(`The slip is too large to write (over ${SYNC_LIMITS.maxSlipBytes} bytes).`, {
          file: ANA_FILE,
        }),
      ],
    });
    expect(readdirSync(folder)).toEqual([]);
  });

  it('refuses names with separators or without the suffix, writing nothing', async () => {
    for (const name of ['../evil.podium-slip.json', 'x/y.podium-slip.json', 'notes.txt']) {
      const result = await writeSlipAtomically(folder, name, '{}');
      expect(result.ok).toBe(false);
    }
    expect(readdirSync(folder)).toEqual([]);
  });

  it('returns a missing folder as an error value and cleans up', async () => {
    const result = await writeSlipAtomically(join(folder, 'gone'), ANA_FILE, slipText('ana', []));
    expect(result).toEqual({
      ok: false,
      problems: [
        fileProblem(
          'cannot-write-slip',
          `Could not write “${ANA_FILE}” in the shared folder: the file or folder does not exist.`,
          { fs: 'ENOENT', file: ANA_FILE },
        ),
      ],
    });
  });
});

describe('readSlipFolder', () => {
  it('reads slip files only, reporting incomplete and oversized ones without merging them', async () => {
    const anaText = slipText('ana', []);
    writeFileSync(join(folder, fileOf('a')), '{"format":"podium-slip","pic');
    writeFileSync(join(folder, fileOf('ana')), anaText);
    writeFileSync(join(folder, fileOf('c')), '');
    writeFileSync(join(folder, fileOf('d')), Buffer.alloc(SYNC_LIMITS.maxSlipBytes + 1, 0x20));
    writeFileSync(join(folder, `.${ANA_FILE}.99-abcd.tmp`), '{"half');
    writeFileSync(join(folder, `.syncthing.${fileOf('e')}.tmp`), '{"half');
    writeFileSync(join(folder, 'notes.txt'), 'hello');
    writeFileSync(join(folder, fileOf('f')), Buffer.from([0xff, 0xfe, 0x00, 0xd8]));
    const read = await readSlipFolder(folder, { now: () => new Date() });
    expect(read.ok && read.value.entries).toEqual([
      { fileName: fileOf('a'), status: 'incomplete', reason: 'not complete JSON yet' },
      { fileName: fileOf('ana'), status: 'ok', text: anaText },
      { fileName: fileOf('c'), status: 'incomplete', reason: 'the file is empty' },
      { fileName: fileOf('d'), status: 'too-large', bytes: SYNC_LIMITS.maxSlipBytes + 1 },
      { fileName: fileOf('f'), status: 'incomplete', reason: 'not complete JSON yet' },
    ]);
  });

  it('reports a file that stays broken as invalid, and reads it again only once it changes', async () => {
    // The failure: a UTF-16 or invalid slip stayed "incomplete, will retry" for ever.
    const path = join(folder, fileOf('bo'));
    writeFileSync(path, Buffer.from('\ufeff{"format":"podium-slip"', 'utf16le').subarray(2));
    writeFileSync(join(folder, fileOf('cy')), '{"format":"something-else"}');
    const later = () => new Date(Date.now() + SETTLE_MS + 1000);
    const cache = new SlipReadCache();
    const reads: string[] = [];
    const counting: ReadFs = {
      ...nodeFs(),
      async open(p) {
        const handle = await nodeFs().open(p);
        return {
          ...handle,
          readUpTo(max) {
            reads.push(p);
            return handle.readUpTo(max);
          },
        };
      },
    };
    const first = await readSlipFolder(folder, { now: later, cache, fs: counting });
    expect(first.ok && first.value.entries).toEqual([
      {
        fileName: fileOf('bo'),
        status: 'invalid',
        reason: 'not valid JSON',
        problems: [
          {
            code: 'not-json',
            params: { line: 1, syntax: 'comma-missing', close: '}' },
            message: 'not valid JSON',
          },
        ],
      },
      {
        fileName: fileOf('cy'),
        status: 'invalid',
        reason:
          'not a valid pick slip (This is not a Podium League pick slip (expected "format": "podium-slip").)',
        problems: [
          {
            code: 'wrong-format',
            params: { kind: 'podium-slip' },
            message: 'This is not a Podium League pick slip (expected "format": "podium-slip").',
          },
        ],
      },
    ]);
    const again = await readSlipFolder(folder, { now: later, cache, fs: counting });
    expect(again.ok && again.value.entries).toEqual(first.ok && first.value.entries);
    // The second scan re-read neither file: nothing changed, so nothing is retried.
    expect(reads).toHaveLength(2);
    writeFileSync(path, slipText('bo', []));
    const changed = await readSlipFolder(folder, { now: later, cache });
    expect(changed.ok && changed.value.entries[0]).toEqual({
      fileName: fileOf('bo'),
      status: 'ok',
      text: slipText('bo', []),
    });
  });

  it('reads a UTF-16 slip with a byte-order mark', async () => {
    const text = slipText('bo', []);
    writeFileSync(
      join(folder, fileOf('bo')),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
    );
    const read = await readSlipFolder(folder);
    expect(read.ok && read.value.entries).toEqual([{ fileName: fileOf('bo'), status: 'ok', text }]);
  });

  it('ignores a slip whose content names another member than its file name', async () => {
    writeFileSync(join(folder, fileOf('ana')), slipText('bo', []));
    const read = await readSlipFolder(folder);
    expect(read.ok && read.value.entries).toEqual([
      {
        fileName: fileOf('ana'),
        status: 'invalid',
        reason: `the slip inside is BO's, whose file is ${fileOf('bo')}`,
        problems: [
          {
            code: 'slip-file-name',
            params: { member: 'BO', expected: fileOf('bo') },
            message: `the slip inside is BO's, whose file is ${fileOf('bo')}`,
          },
        ],
      },
    ]);
  });

  /** Plants a slip-looking file outside the folder, reads the folder with `plant` run first, and cleans up. */
  async function readWithOutsideFile(plant: (outside: string) => ReadFs | undefined) {
    const outside = join(folder, '..', `secret-${Date.now()}.json`);
    writeFileSync(outside, slipText('x', []));
    try {
      const fs = plant(outside);
      const read = await readSlipFolder(folder, fs ? { fs } : {});
      return read.ok && read.value.entries;
    } finally {
      rmSync(outside, { force: true });
    }
  }
  const LINK_REFUSED = {
    fileName: fileOf('x'),
    status: 'invalid',
    reason: 'a link to another file; links are not followed',
    problems: [
      { code: 'linked-file', params: {}, message: 'a link to another file; links are not followed' },
    ],
  };

  it('does not follow a symbolic link planted in the folder', async () => {
    const entries = await readWithOutsideFile((outside) => {
      symlinkSync(outside, join(folder, fileOf('x')));
      return undefined;
    });
    expect(entries).toEqual([LINK_REFUSED]);
  });

  it('checks the opened file, so a link swapped in after the listing is still refused', async () => {
    // The failure: lstat said "file", then readFile followed a link put there meanwhile.
    const entries = await readWithOutsideFile((outside) => {
      writeFileSync(join(folder, fileOf('x')), slipText('x', []));
      return {
        ...nodeFs(),
        async open(p) {
          await unlink(p);
          symlinkSync(outside, p);
          return nodeFs().open(p);
        },
      };
    });
    expect(entries).toEqual([LINK_REFUSED]);
  });

  it('refuses a FIFO under a slip name without hanging', async () => {
    const path = join(folder, fileOf('pipe'));
    execFileSync('mkfifo', [path]);
    const read = await readSlipFolder(folder);
    expect(read.ok && read.value.entries).toEqual([
      {
        fileName: fileOf('pipe'),
        status: 'invalid',
        reason: 'not a regular file',
        problems: [{ code: 'not-regular-file', params: {}, message: 'not a regular file' }],
      },
    ]);
  });

  it('reads a file with many hard links once, and never more than the per-scan limits', async () => {
    // The failure: 1,000 hard links of one 5 MB slip exhausted a 4 GB heap.
    const big = join(folder, fileOf('big'));
    writeFileSync(big, Buffer.alloc(SYNC_LIMITS.maxSlipBytes + 10, 0x20));
    const real = join(folder, fileOf('real'));
    writeFileSync(real, slipText('real', []));
    for (let i = 0; i < 200; i++) {
      linkSync(big, join(folder, fileOf(`big${String(i).padStart(3, '0')}`)));
      linkSync(real, join(folder, fileOf(`real${String(i).padStart(3, '0')}`)));
    }
    const read = await readSlipFolder(folder);
    if (!read.ok) throw new Error(read.problems.map((p) => p.message).join('\n'));
    const statuses = read.value.entries.map((entry) => entry.status);
    // The oversized inode is never read (too-large before any byte), its twins neither.
    expect(statuses.filter((s) => s === 'too-large')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'ok')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'invalid')).toHaveLength(400);
    expect(read.value.entries.find((e) => e.status === 'invalid')).toMatchObject({
      reason: expect.stringMatching(/^the same file as .* \(a hard link\)$/),
    });
  });

  it('stops at the slip count and total size limits with a reason', async () => {
    for (let i = 0; i < 12; i++)
      writeFileSync(
        join(folder, fileOf(`m${String(i).padStart(2, '0')}`)),
        slipText(`m${String(i).padStart(2, '0')}`, []),
      );
    const byCount = await readSlipFolder(folder, { limits: { maxSlipsPerScan: 5 } });
    expect(byCount.ok && byCount.value.entries).toHaveLength(5);
    expect(byCount.ok && byCount.value.skipped).toEqual({
      files: 7,
      reason: 'The folder holds more than 5 slip files; the others were not read.',
      problem: {
        code: 'scan-limit',
        params: { limit: 'slips', max: 5, files: 7 },
        message: 'The folder holds more than 5 slip files; the others were not read.',
      },
    });
    const oneSlip = slipText('m00', []).length;
    const bySize = await readSlipFolder(folder, { limits: { maxScanBytes: oneSlip * 3 + 1 } });
    expect(bySize.ok && bySize.value.entries).toHaveLength(3);
    expect(bySize.ok && bySize.value.skipped?.files).toBe(9);
    expect(bySize.ok && bySize.value.skipped?.problem.params).toMatchObject({ limit: 'bytes', files: 9 });
  });

  it('reads 5,000 slips, and an unchanged folder again without opening any slip', async () => {
    // The failure: 5,000 small slips were all read again on every scan (its time is in `npm run bench`).
    const many = mkdtempSync(join(tmpdir(), 'podium-sync-many-'));
    try {
      for (let i = 0; i < 5000; i++) {
        const id = `m${String(i).padStart(4, '0')}`;
        writeFileSync(join(many, fileOf(id)), slipText(id, []));
      }
      const cache = new SlipReadCache();
      const limits = { maxSlipsPerScan: 5000 };
      let opened = 0;
      const counting: ReadFs = {
        ...nodeFs(),
        open: (p) => {
          opened++;
          return nodeFs().open(p);
        },
      };
      const cold = await readSlipFolder(many, { cache, limits, fs: counting });
      expect(opened).toBe(5000);
      const warm = await readSlipFolder(many, { cache, limits, fs: counting });
      expect(opened).toBe(5000);
      expect(cold.ok && cold.value.entries.filter((e) => e.status === 'ok')).toHaveLength(5000);
      expect(warm.ok && warm.value.entries).toEqual(cold.ok && cold.value.entries);
    } finally {
      rmSync(many, { recursive: true, force: true });
    }
  }, 60_000);

  it('skips a file deleted between listing and reading', async () => {
    writeFileSync(join(folder, fileOf('a')), slipText('a', []));
    writeFileSync(join(folder, fileOf('b')), slipText('b', []));
    const deleting: ReadFs = {
      ...nodeFs(),
      async open(path) {
        if (path.endsWith(fileOf('a'))) await unlink(path);
        return nodeFs().open(path);
      },
    };
    const read = await readSlipFolder(folder, { fs: deleting });
    expect(read.ok && read.value.entries).toEqual([
      { fileName: fileOf('b'), status: 'ok', text: slipText('b', []) },
    ]);
  });

  it('returns an unreadable folder as an error value', async () => {
    const read = await readSlipFolder(join(folder, 'missing'));
    expect(read).toEqual({
      ok: false,
      problems: [
        fileProblem(
          'cannot-read-folder',
          'Could not read the shared folder: the file or folder does not exist.',
          {
            fs: 'ENOENT',
          },
        ),
      ],
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
        ...nodeFs(),
        async open(path) {
          if (path.endsWith('carl.podium-slip.json') && Math.random() < 0.5) {
            await unlink(path).catch(() => undefined);
            stats.vanished++;
          }
          return nodeFs().open(path);
        },
      };
      const read = await readSlipFolder(folder, stats.reads % 2 ? { fs: vanishing } : {});
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
      for (let i = 0; i < 5; i++) await writeSlipAtomically(folder, ANA_FILE, slipText('ana', []));
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
  it('keeps one watch per folder and closes them all', async () => {
    const watchers = new FolderWatchers(() => undefined, { rescanMs: 60_000 });
    await watchers.watch(folder);
    await watchers.watch(folder);
    expect(await watchers.has(folder)).toBe(true);
    await watchers.unwatch(folder);
    expect(await watchers.has(folder)).toBe(false);
    await watchers.watch(folder);
    watchers.closeAll();
    expect(await watchers.has(folder)).toBe(false);
  });

  it('keeps one watch for every spelling of one real folder, and reports changes under each', async () => {
    // The failure: a page could create unlimited watchers by spelling one folder differently.
    const link = join(tmpdir(), `podium-sync-link-${process.pid}-${Date.now()}`);
    symlinkSync(folder, link);
    const changes: SyncFolderChange[] = [];
    const watchers = new FolderWatchers((change) => changes.push(change), {
      debounceMs: 20,
      rescanMs: 60_000,
    });
    try {
      await Promise.all([
        watchers.watch(folder),
        watchers.watch(`${folder}/`),
        watchers.watch(`${folder}/.`),
        watchers.watch(link),
      ]);
      expect(watchers.size).toBe(1);
      await writeSlipAtomically(folder, ANA_FILE, slipText('ana', []));
      const until = Date.now() + 5000;
      while (changes.length < 4 && Date.now() < until)
        await new Promise((resolve) => setTimeout(resolve, 10));
      expect(new Set(changes.map((c) => c.folder))).toEqual(
        new Set([folder, `${folder}/`, `${folder}/.`, link]),
      );
    } finally {
      watchers.closeAll();
      rmSync(link, { force: true });
    }
  });
});
