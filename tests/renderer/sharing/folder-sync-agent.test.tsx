import { afterEach, describe, expect, it } from 'vitest';
import { hostAndFriend as sharedHostAndFriend } from './helpers';
import { render, cleanup, waitFor } from '@testing-library/react';
import type { PodiumDatabase } from '../../../renderer/src/db/schema';
import { removeMember } from '../../../renderer/src/db/leagues';
import { savePick } from '../../../renderer/src/db/picks';
import { clock } from '../../../renderer/src/app/clock';
import { buildSlip } from '../../../renderer/src/sharing/slip-io';
import { LeagueSyncer, type FolderSyncStatus } from '../../../renderer/src/sharing/folder-sync/engine';
import { slipFileName, writeSyncConfig } from '../../../renderer/src/sharing/folder-sync/config';
import { FolderSyncAgent } from '../../../renderer/src/sharing/folder-sync/FolderSyncAgent';
import { folderSyncStatus } from '../../../renderer/src/sharing/folder-sync/status-store';
import type { FolderSyncPlatform, SyncFolderChange } from '../../../renderer/src/platform/types';
import { serializeSlip } from '../../../shared/exchange';
import { fileProblem } from '../../../shared/files/problems';

const NOT_CHOSEN = fileProblem('folder-not-chosen', 'not chosen');
import type { Podium } from '../../../shared/domain/types';

const GF = 'gtws-2025-r1-nations-gf';
const FOLDER = '/home/friends/Sync/podium';
const realNow = clock.now;
afterEach(() => {
  clock.now = realNow;
  cleanup();
});

/** A shared folder in memory, as a sync tool would present it to both machines, recording who wrote what. */
function fakeFolder() {
  const files = new Map<string, string>();
  const writes: string[] = [];
  const listeners = new Set<(change: SyncFolderChange) => void>();
  const notify = () => {
    for (const listener of listeners) listener({ folder: FOLDER, cause: 'watch' });
  };
  const platformFor = (): FolderSyncPlatform => ({
    chooseFolder: async () => ({ ok: true, value: FOLDER }),
    async writeSlip(folder, fileName, text) {
      if (folder !== FOLDER) return { ok: false, problems: [NOT_CHOSEN] };
      files.set(fileName, text);
      writes.push(fileName);
      queueMicrotask(notify);
      return { ok: true, value: { fileName, bytes: text.length } };
    },
    async readSlips(folder) {
      return {
        ok: true,
        value: {
          folder,
          readAt: new Date().toISOString(),
          entries: [...files].map(([fileName, text]) => {
            try {
              JSON.parse(text);
              return { fileName, status: 'ok' as const, text };
            } catch {
              return { fileName, status: 'incomplete' as const, reason: 'not complete JSON yet' };
            }
          }),
        },
      };
    },
    watch: async () => ({ ok: true, value: true }),
    unwatch: async () => ({ ok: true, value: true }),
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  });
  return { files, writes, notify, platformFor };
}

/** The podium Bo picks on the friend's computer for the Grand Final. */
const BOS_PODIUM: Podium = ['pol-urra', 'jose-serrano', 'takuma-sasaki'];

async function hostAndFriend() {
  const { league, ...rest } = await sharedHostAndFriend();
  return { ...rest, leagueId: league.id };
}

const picksOf = (db: PodiumDatabase, leagueId: string) =>
  db.picks
    .where('leagueId')
    .equals(leagueId)
    .toArray()
    .then((picks) =>
      picks
        // Where a pick came from (its receipt stamp, the signature it travelled with) differs per machine.
        .map(({ receivedAt: _r, sig: _s, ...pick }) => pick)
        .sort((a, b) => `${a.memberId}${a.raceId}`.localeCompare(`${b.memberId}${b.raceId}`)),
    );

function syncer(db: PodiumDatabase, fs: FolderSyncPlatform, leagueId: string, memberId: string) {
  const statuses: FolderSyncStatus[] = [];
  const s = new LeagueSyncer({
    db,
    fs,
    leagueId,
    config: { folder: FOLDER, memberId },
    onStatus: (status) => statuses.push(status),
    writeDebounceMs: 5,
    retryMs: 20,
  });
  return { s, last: () => statuses.at(-1)! };
}

describe('folder sync agent: merge path', () => {
  it('two machines exchange picks through the folder and end with the same picks', async () => {
    const { host, friend, leagueId, ana, bo } = await hostAndFriend();
    const folder = fakeFolder();
    await savePick(host, { leagueId, memberId: ana.id, raceId: GF }, [
      'jose-serrano',
      'pol-urra',
      'valerio-gallo',
    ]);
    await savePick(friend, { leagueId, memberId: bo.id, raceId: GF }, BOS_PODIUM);

    const onHost = syncer(host, folder.platformFor(), leagueId, ana.id);
    const onFriend = syncer(friend, folder.platformFor(), leagueId, bo.id);
    onHost.s.start();
    onFriend.s.start();
    onHost.s.picksChanged('v1');
    onFriend.s.picksChanged('v1');
    await waitFor(async () => {
      expect(await picksOf(host, leagueId)).toHaveLength(2);
      expect(await picksOf(friend, leagueId)).toHaveLength(2);
    });
    await onHost.s.settle();
    await onFriend.s.settle();
    expect(await picksOf(friend, leagueId)).toEqual(await picksOf(host, leagueId));
    // Each machine wrote only its own member's file.
    expect(new Set(folder.writes)).toEqual(
      new Set([slipFileName(leagueId, ana.id), slipFileName(leagueId, bo.id)]),
    );
    expect(onHost.last().members).toEqual([
      expect.objectContaining({ memberId: bo.id, name: 'Bo', picks: 1 }),
    ]);

    // Bo changes his pick: the friend's machine writes again, the host merges the newer pick.
    clock.now = () => Date.parse('2025-06-02T12:00:00.000Z');
    await savePick(friend, { leagueId, memberId: bo.id, raceId: GF }, [
      'valerio-gallo',
      'jose-serrano',
      'pol-urra',
    ]);
    onFriend.s.picksChanged('v2');
    await waitFor(async () => {
      const boOnHost = (await picksOf(host, leagueId)).find((p) => p.memberId === bo.id);
      expect(boOnHost?.podium).toEqual(['valerio-gallo', 'jose-serrano', 'pol-urra']);
    });

    // Reading the same slips again changes nothing.
    const before = await picksOf(host, leagueId);
    onHost.s.requestRead();
    await onHost.s.settle();
    expect(await picksOf(host, leagueId)).toEqual(before);
    expect(onHost.last().members[0]?.imported).toBe(0);
    onHost.s.stop();
    onFriend.s.stop();
  });

  it('never brings back a member the host removed, even though their old file is still there', async () => {
    const { host, friend, leagueId, ana, bo } = await hostAndFriend();
    const folder = fakeFolder();
    await savePick(friend, { leagueId, memberId: bo.id, raceId: GF }, BOS_PODIUM);
    folder.files.set(slipFileName(leagueId, bo.id), serializeSlip(await buildSlip(friend, leagueId, bo.id)));
    await removeMember(host, leagueId, bo.id);

    const onHost = syncer(host, folder.platformFor(), leagueId, ana.id);
    onHost.s.start();
    onHost.s.requestRead();
    await onHost.s.settle();
    expect(await host.members.get([leagueId, bo.id])).toBeUndefined();
    expect((await picksOf(host, leagueId)).filter((p) => p.memberId === bo.id)).toEqual([]);
    expect(onHost.last().problems).toEqual([
      expect.objectContaining({
        code: 'not-a-member',
        params: { file: expect.stringContaining('.podium-slip.json'), member: 'Bo' },
        message: expect.stringMatching(/Bo is not a member of this league here/),
      }),
    ]);
    onHost.s.stop();
  });

  it('lists late picks as refused, and waits for an incomplete file instead of merging it', async () => {
    const { host, friend, leagueId, ana, bo } = await hostAndFriend();
    const folder = fakeFolder();
    const slip = await buildSlip(friend, leagueId, bo.id);
    slip.picks.push({
      raceId: GF,
      podium: ['jose-serrano', 'pol-urra', 'valerio-gallo'],
      madeAt: '2025-06-07T23:59:00.000Z',
    });
    const text = serializeSlip(slip);
    const name = slipFileName(leagueId, bo.id);
    folder.files.set(name, text.slice(0, text.length / 2));

    const onHost = syncer(host, folder.platformFor(), leagueId, ana.id);
    onHost.s.start();
    await onHost.s.settle();
    expect(onHost.last().incomplete).toEqual([
      { code: 'incomplete', params: { file: name }, message: `${name}: not complete JSON yet; will retry.` },
    ]);
    expect(onHost.last().members).toEqual([]);

    // The sync tool finishes the copy; the retry reads it without any folder event.
    folder.files.set(name, text);
    await waitFor(() => expect(onHost.last().incomplete).toEqual([]));
    expect(onHost.last().refused.map((r) => [r.member, r.reason])).toEqual([['Bo', 'late']]);
    expect(onHost.last().refused.map((r) => r.message)).toEqual([
      expect.stringMatching(
        /^Bo: line \d+: Pick for .* was made at 2025-06-07T23:59:00.000Z, after the race started/,
      ),
    ]);
    expect((await picksOf(host, leagueId)).filter((p) => p.memberId === bo.id)).toEqual([]);
    onHost.s.stop();
  });

  it('the agent mounted in the app syncs every league with a configured folder', async () => {
    const { host, friend, leagueId, ana, bo } = await hostAndFriend();
    const folder = fakeFolder();
    await savePick(friend, { leagueId, memberId: bo.id, raceId: GF }, BOS_PODIUM);
    await writeSyncConfig(host, leagueId, { folder: FOLDER, memberId: ana.id });
    await writeSyncConfig(friend, leagueId, { folder: FOLDER, memberId: bo.id });
    render(
      <>
        <FolderSyncAgent db={host} fs={folder.platformFor()} />
        <FolderSyncAgent db={friend} fs={folder.platformFor()} />
      </>,
    );
    await waitFor(async () => {
      expect((await picksOf(host, leagueId)).map((p) => p.memberId)).toEqual([bo.id]);
    });
    // The host wrote Ana's (empty) slip; nobody wrote anyone else's file.
    expect(folder.files.has(slipFileName(leagueId, ana.id))).toBe(true);
    expect(new Set(folder.writes).size).toBe(2);
    await waitFor(() => expect(folderSyncStatus.get(leagueId)?.lastRead).not.toBeNull());
  });
});
