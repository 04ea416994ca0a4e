/** Main reads a backup with the backup limit (the largest backup the app writes), other files with the import limit. */
import { fileProblem } from '../../shared/files/problems';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFileBytes } from '../../electron/main/file-io';
import { createDispatcher, createHandlers, type HandlerDeps } from '../../electron/main/ipc-handlers';
import { MAX_BACKUP_BYTES, MAX_FILE_BYTES, type AppInfo } from '../../shared/ipc/contract';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'podium-backup-limit-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('reading a backup in main', () => {
  it('reads a 5.5 MB backup when asked for a backup, and refuses it as an ordinary file', async () => {
    const file = join(dir, 'podium-league-backup.json');
    const text = `{"format":"podium-backup","pad":"${'x'.repeat(5.5 * 1024 * 1024)}"}`;
    writeFileSync(file, text);
    const read = await readFileBytes(file, MAX_BACKUP_BYTES);
    if (!read.ok) throw new Error(read.problems.map((p) => p.message).join('\n'));
    expect(read.value.name).toBe('podium-league-backup.json');
    // Compared as text: a deep comparison of 5.5 million array elements is far slower.
    expect(new TextDecoder().decode(read.value.bytes)).toBe(text);
    const ordinary = await readFileBytes(file);
    expect(ordinary.ok).toBe(false);
    if (!ordinary.ok)
      expect(ordinary.problems.map((p) => p.message).join('\n')).toMatch(/reads files up to 5\.0 MB/);
  });

  it('refuses a file over the backup limit with a message about backups', async () => {
    const file = join(dir, 'huge.json');
    writeFileSync(file, Buffer.alloc(MAX_BACKUP_BYTES + 1, 0x20));
    expect(await readFileBytes(file, MAX_BACKUP_BYTES)).toEqual({
      ok: false,
      problems: [
        fileProblem(
          'too-large',
          '“huge.json” is 64.0 MB. Podium League reads backups up to 64.0 MB, the largest it writes, so this is probably not one of its backups.',
          { file: 'huge.json', limitMb: 64 },
        ),
      ],
    });
  });

  it('passes the backup limit only when the page opens a backup', async () => {
    const readBytes = vi.fn<HandlerDeps['readFileBytes']>(async () => ({
      ok: true,
      value: { name: 'b.json', bytes: new TextEncoder().encode('{}') },
    }));
    const deps: HandlerDeps = {
      appInfo: () => ({}) as AppInfo,
      chooseFileToOpen: async () => '/home/u/b.json',
      chooseFileToSave: async () => null,
      readFileBytes: readBytes,
      writeFile: async (path) => ({ ok: true, value: path }),
    };
    const dispatch = createDispatcher(createHandlers(deps));
    const fromApp = { senderFrame: { url: 'app://podium/index.html#/settings' } };
    await dispatch('openFile', fromApp, [{ title: 'Restore a backup', kind: 'backup' }]);
    await dispatch('openFile', fromApp, [{ title: 'Import results' }]);
    expect(readBytes.mock.calls.map((call) => call[1])).toEqual([MAX_BACKUP_BYTES, MAX_FILE_BYTES]);
    const bad = await dispatch('openFile', fromApp, [{ kind: 'everything' }]);
    expect(bad.ok).toBe(false);
  });
});
