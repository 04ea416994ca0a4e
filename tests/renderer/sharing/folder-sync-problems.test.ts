/** Permanent problems in the shared folder are shown once and never retried; only files still arriving are. */
import { describe, expect, it } from 'vitest';
import { seedBuiltInSeasons } from '../../../renderer/src/app/boot';
import { addMember, createLeague } from '../../../renderer/src/db/leagues';
import { createDatabase } from '../../../renderer/src/db/schema';
import type { FolderSyncPlatform, SyncSlipEntry } from '../../../renderer/src/platform/types';
import type { SyncFolderListing } from '../../../shared/ipc/contract';
import { readAndMerge } from '../../../renderer/src/sharing/folder-sync/engine';
import { DEFAULT_RULES } from '../../../shared/scoring';

const FOLDER = '/home/friends/Sync/podium';

function folderWith(entries: SyncSlipEntry[], skipped?: SyncFolderListing['skipped']) {
  const fs: FolderSyncPlatform = {
    chooseFolder: async () => ({ ok: true, value: FOLDER }),
    writeSlip: async (_folder, fileName, text) => ({ ok: true, value: { fileName, bytes: text.length } }),
    async readSlips(folder) {
      return {
        ok: true,
        value: { folder, readAt: '2026-11-30T12:00:00.000Z', entries, ...(skipped ? { skipped } : {}) },
      };
    },
    watch: async () => ({ ok: true, value: true }),
    unwatch: async () => ({ ok: true, value: true }),
    onChange: () => () => undefined,
  };
  return { fs };
}

async function league() {
  const db = createDatabase(`sync-problems-${Math.random()}`);
  await seedBuiltInSeasons(db);
  const created = await createLeague(db, { name: 'Club', seasonId: 'gtws-2025', rules: DEFAULT_RULES });
  const ana = await addMember(db, created.id, { name: 'Ana' });
  return { db, leagueId: created.id, memberId: ana.id };
}

describe('shared folder problems', () => {
  it('lists invalid files and the per-read limits as problems, not as files to retry', async () => {
    // The failure: an invalid slip stayed "incomplete, will retry" and the whole folder was re-read every 3 s.
    // The syncer re-reads on a timer only while `incomplete` is not empty.
    const { db, leagueId, memberId } = await league();
    const { fs } = folderWith(
      [
        {
          fileName: 'club--bo.podium-slip.json',
          status: 'invalid',
          reason: 'not a text file',
          problems: [{ code: 'not-text', params: {}, message: 'not a text file' }],
        },
        { fileName: 'club--cy.podium-slip.json', status: 'too-large', bytes: 2_000_000 },
      ],
      {
        files: 3000,
        reason: 'The folder holds more than 2000 slip files; the others were not read.',
        problem: {
          code: 'scan-limit',
          params: { limit: 'slips', max: 2000, files: 3000 },
          message: 'The folder holds more than 2000 slip files; the others were not read.',
        },
      },
    );
    const outcome = await readAndMerge(db, fs, leagueId, { folder: FOLDER, memberId });
    expect(outcome.incomplete).toEqual([]);
    // Each file's problem names its file, as a code for the panel and in English.
    expect(outcome.problems).toEqual([
      {
        code: 'scan-limit',
        params: { limit: 'slips', max: 2000, files: 3000 },
        message: 'The folder holds more than 2000 slip files; the others were not read. (3000 not read)',
      },
      {
        code: 'not-text',
        params: { file: 'club--bo.podium-slip.json' },
        message: 'club--bo.podium-slip.json: not a text file',
      },
      {
        code: 'too-large',
        params: { file: 'club--cy.podium-slip.json', limitMb: 1 },
        message: 'club--cy.podium-slip.json is too large (2000000 bytes) to be a pick slip.',
      },
    ]);
  });
});
