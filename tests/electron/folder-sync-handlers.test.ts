import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SYNC_LIMITS, type AppInfo } from '../../shared/ipc/contract';
import { fileProblem, unexpectedProblem } from '../../shared/files/problems';
import { createSlip, serializeSlip } from '../../shared/exchange';
import { createDispatcher, createHandlers, type HandlerDeps } from '../../electron/main/ipc-handlers';
import { createFolderSyncHandlers, NOT_CHOSEN } from '../../electron/main/folder-sync-handlers';
import { readSlipFolder, slipExists, writeSlipAtomically } from '../../electron/main/folder-sync';
import {
  canonicalFolder,
  loadSyncFolderRegistry,
  MAX_OWNED_SLIPS_PER_FOLDER,
} from '../../electron/main/sync-folders';

const slip = (memberId: string, name = memberId.toUpperCase()) =>
  serializeSlip(
    createSlip({
      leagueId: 'club',
      seasonId: 'gtws-2025',
      member: { id: memberId, name },
      picks: [],
      exportedAt: '2025-05-01T00:00:00.000Z',
    }),
  );

const fromApp = { senderFrame: { url: 'app://podium/index.html#/league' } };

let root: string;
let shared: string;
let registryFile: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'podium-handlers-'));
  shared = join(root, 'Sync');
  registryFile = join(root, 'userData', 'sync-folders.json');
  mkdirSync(shared);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const core: HandlerDeps = {
  appInfo: () => ({}) as AppInfo,
  chooseFileToOpen: async () => null,
  chooseFileToSave: async () => null,
  readFileBytes: async () => ({ ok: false, problems: [unexpectedProblem('unused')] }),
  writeFile: async () => ({ ok: false, problems: [unexpectedProblem('unused')] }),
};

async function setup(chosen: string | null = shared) {
  const registry = await loadSyncFolderRegistry(registryFile);
  const watch = vi.fn();
  const unwatch = vi.fn();
  const chooseFolder = vi.fn(async () => chosen);
  const handlers = createHandlers(
    core,
    createFolderSyncHandlers({
      registry,
      chooseFolder,
      writeSlip: writeSlipAtomically,
      slipExists,
      readFolder: (folder) => readSlipFolder(folder),
      watch,
      unwatch,
    }),
  );
  return { registry, watch, unwatch, chooseFolder, dispatch: createDispatcher(handlers) };
}

describe('folder sync handlers', () => {
  it('lets the renderer use a folder only after the user chose it', async () => {
    const { dispatch, watch } = await setup();
    const write = { folder: shared, fileName: 'club--ana.podium-slip.json', text: slip('ana') };
    expect(await dispatch('writeSyncSlip', fromApp, [write])).toEqual({ ok: false, problems: [NOT_CHOSEN] });
    expect(await dispatch('readSyncFolder', fromApp, [{ folder: shared }])).toEqual({
      ok: false,
      problems: [NOT_CHOSEN],
    });
    expect(await dispatch('watchSyncFolder', fromApp, [{ folder: shared }])).toEqual({
      ok: false,
      problems: [NOT_CHOSEN],
    });
    expect(watch).not.toHaveBeenCalled();
    expect(readdirSync(shared)).toEqual([]);

    expect(await dispatch('chooseSyncFolder', fromApp, [{}])).toEqual({ ok: true, value: shared });
    expect(await dispatch('writeSyncSlip', fromApp, [write])).toEqual({
      ok: true,
      value: { fileName: 'club--ana.podium-slip.json', bytes: Buffer.byteLength(slip('ana')) },
    });
    const read = await dispatch('readSyncFolder', fromApp, [{ folder: shared }]);
    expect(read.ok && read.value.entries).toEqual([
      { fileName: 'club--ana.podium-slip.json', status: 'ok', text: slip('ana') },
    ]);
    expect(await dispatch('watchSyncFolder', fromApp, [{ folder: shared }])).toEqual({
      ok: true,
      value: true,
    });
    expect(watch).toHaveBeenCalledWith(shared);
  });

  it('refuses other folders, including paths that lead out of the chosen one', async () => {
    const { dispatch } = await setup();
    await dispatch('chooseSyncFolder', fromApp, [{}]);
    for (const folder of [root, join(shared, '..'), join(shared, 'sub'), `${shared}-other`]) {
      const result = await dispatch('writeSyncSlip', fromApp, [
        { folder, fileName: 'club--ana.podium-slip.json', text: '{}' },
      ]);
      expect(result, folder).toEqual({ ok: false, problems: [NOT_CHOSEN] });
    }
    expect(readdirSync(root).sort()).toEqual(['Sync', 'userData']);
    // The same folder spelled with a trailing separator or a dot segment is the chosen one.
    const same = await dispatch('readSyncFolder', fromApp, [{ folder: join(shared, '.') + '/' }]);
    expect(same.ok).toBe(true);
  });

  it.each([
    ['a path in the name', '../escape.podium-slip.json'],
    ['a sub-folder', 'sub/club--ana.podium-slip.json'],
    ['a Windows separator', 'sub\\club--ana.podium-slip.json'],
    ['another suffix', 'club--ana.json'],
    ['a hidden name', '.club--ana.podium-slip.json'],
    ['a control character', 'club--a\u0000.podium-slip.json'],
    ['a temporary-looking name', 'club--ana.podium-slip.json.tmp'],
  ])('refuses %s as a slip file name, writing nothing', async (_label, fileName) => {
    const { dispatch } = await setup();
    await dispatch('chooseSyncFolder', fromApp, [{}]);
    const result = await dispatch('writeSyncSlip', fromApp, [{ folder: shared, fileName, text: '{}' }]);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => p.message).join(' ')).toMatch(
        /^Invalid request to writeSyncSlip: fileName: /,
      );
    expect(readdirSync(shared)).toEqual([]);
  });

  it.each([
    ['a relative folder', { folder: 'Sync', fileName: 'a--b.podium-slip.json', text: '{}' }],
    ['a missing folder', { fileName: 'a--b.podium-slip.json', text: '{}' }],
    ['non-string text', { folder: '/tmp', fileName: 'a--b.podium-slip.json', text: 1 }],
    [
      'too much text',
      { folder: '/tmp', fileName: 'a--b.podium-slip.json', text: 'x'.repeat(SYNC_LIMITS.maxSlipBytes + 1) },
    ],
  ])('returns a validation error for %s', async (_label, request) => {
    const { dispatch } = await setup();
    const result = await dispatch('writeSyncSlip', fromApp, [request]);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => p.message).join(' ')).toMatch(/^Invalid request to writeSyncSlip: /);
  });

  it('returns file-system failures as data', async () => {
    const { dispatch } = await setup();
    await dispatch('chooseSyncFolder', fromApp, [{}]);
    rmSync(shared, { recursive: true });
    const written = await dispatch('writeSyncSlip', fromApp, [
      { folder: shared, fileName: 'club--ana.podium-slip.json', text: slip('ana') },
    ]);
    expect(written).toEqual({
      ok: false,
      problems: [
        fileProblem(
          'cannot-write-slip',
          'Could not write “club--ana.podium-slip.json” in the shared folder: the file or folder does not exist.',
          { fs: 'ENOENT', file: 'club--ana.podium-slip.json' },
        ),
      ],
    });
    expect(await dispatch('readSyncFolder', fromApp, [{ folder: shared }])).toEqual({
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

  it("never replaces another computer's slip file, and keeps replacing its own across restarts", async () => {
    // The failure: a compromised page could overwrite other members' slip files in the chosen folder.
    const { dispatch } = await setup();
    await dispatch('chooseSyncFolder', fromApp, [{}]);
    writeFileSync(join(shared, 'club--bo.podium-slip.json'), slip('bo'));
    const overwrite = await dispatch('writeSyncSlip', fromApp, [
      { folder: shared, fileName: 'club--bo.podium-slip.json', text: slip('bo', 'forged') },
    ]);
    expect(overwrite.ok).toBe(false);
    if (!overwrite.ok)
      expect(overwrite.problems.map((p) => p.message).join('\n')).toMatch(
        /already in the folder and was not written by this computer/,
      );
    expect(readFileSync(join(shared, 'club--bo.podium-slip.json'), 'utf8')).toBe(slip('bo'));

    expect(
      (
        await dispatch('writeSyncSlip', fromApp, [
          { folder: shared, fileName: 'club--ana.podium-slip.json', text: slip('ana') },
        ])
      ).ok,
    ).toBe(true);
    const restarted = await setup();
    // Spelled differently, still the same folder and still this computer's file.
    const again = await restarted.dispatch('writeSyncSlip', fromApp, [
      { folder: `${shared}/`, fileName: 'club--ana.podium-slip.json', text: slip('ana', 'Ana B.') },
    ]);
    expect(again.ok).toBe(true);
    expect(readFileSync(join(shared, 'club--ana.podium-slip.json'), 'utf8')).toBe(slip('ana', 'Ana B.'));
  });

  it('caps how many slip files this computer may create in one folder', async () => {
    const { dispatch } = await setup();
    await dispatch('chooseSyncFolder', fromApp, [{}]);
    for (let i = 0; i < MAX_OWNED_SLIPS_PER_FOLDER; i++) {
      const written = await dispatch('writeSyncSlip', fromApp, [
        { folder: shared, fileName: `club--m${i}.podium-slip.json`, text: slip(`m${i}`) },
      ]);
      expect(written.ok).toBe(true);
    }
    const one = await dispatch('writeSyncSlip', fromApp, [
      { folder: shared, fileName: 'club--extra.podium-slip.json', text: slip('extra') },
    ]);
    expect(one).toEqual({
      ok: false,
      problems: [
        fileProblem(
          'too-many-own-slips',
          `Refused to write “club--extra.podium-slip.json”: this computer already writes ${MAX_OWNED_SLIPS_PER_FOLDER} slip files in this folder.`,
          { file: 'club--extra.podium-slip.json', max: MAX_OWNED_SLIPS_PER_FOLDER },
        ),
      ],
    });
  });

  it('refuses a slip written under the file name of another member', async () => {
    const { dispatch } = await setup();
    await dispatch('chooseSyncFolder', fromApp, [{}]);
    const result = await dispatch('writeSyncSlip', fromApp, [
      { folder: shared, fileName: 'club--ana.podium-slip.json', text: slip('bo') },
    ]);
    expect(result.ok).toBe(false);
    expect(readdirSync(shared)).toEqual([]);
  });

  it('returns null when the dialog is cancelled, remembering nothing', async () => {
    const { dispatch, registry } = await setup(null);
    expect(await dispatch('chooseSyncFolder', fromApp, [{}])).toEqual({ ok: true, value: null });
    expect(registry.list()).toEqual([]);
  });

  it('refuses calls from other origins', async () => {
    const { dispatch, chooseFolder } = await setup();
    const result = await dispatch('chooseSyncFolder', { senderFrame: { url: 'https://evil.example/' } }, [
      {},
    ]);
    expect(result.ok).toBe(false);
    expect(chooseFolder).not.toHaveBeenCalled();
  });

  it('remembers chosen folders across restarts, and forgets them on request', async () => {
    const first = await setup();
    await first.dispatch('chooseSyncFolder', fromApp, [{}]);
    expect(JSON.parse(readFileSync(registryFile, 'utf8'))).toEqual({
      version: 1,
      folders: [shared],
      owned: {},
    });

    const second = await setup();
    expect(second.registry.has(shared)).toBe(true);
    expect(await second.dispatch('unwatchSyncFolder', fromApp, [{ folder: shared, forget: true }])).toEqual({
      ok: true,
      value: true,
    });
    expect(second.unwatch).toHaveBeenCalledWith(shared);
    const third = await setup();
    expect(third.registry.has(shared)).toBe(false);
  });

  it('starts empty when the registry file is corrupt', async () => {
    mkdirSync(join(root, 'userData'));
    writeFileSync(registryFile, '{"version":1,"folders":[1,2');
    const { registry } = await setup();
    expect(registry.list()).toEqual([]);
    writeFileSync(registryFile, JSON.stringify({ version: 1, folders: ['relative/path', shared] }));
    expect((await loadSyncFolderRegistry(registryFile)).list()).toEqual([canonicalFolder(shared)]);
  });
});
