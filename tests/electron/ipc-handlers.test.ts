import { describe, expect, it, vi } from 'vitest';
import { englishMenuLabels } from '../../electron/main/menu';
import type { AppInfo } from '../../shared/ipc/contract';
import { fileProblem, unexpectedProblem } from '../../shared/files/problems';
import { IPC_CHANNELS } from '../../shared/ipc/contract';
import {
  createDispatcher,
  createHandlers,
  isTrustedSender,
  type HandlerDeps,
  type SenderEvent,
} from '../../electron/main/ipc-handlers';
import { INVOKE_METHODS, MAX_SAVE_CHARS } from '../../electron/main/ipc-validation';

const INFO: AppInfo = {
  name: 'Podium League',
  version: '0.1.0',
  electron: '45.4.1',
  chrome: '140',
  node: '22',
  platform: 'linux x64',
  userDataPath: '/home/u/.config/Podium League',
};

const fromApp: SenderEvent = { senderFrame: { url: 'app://podium/index.html#/results' } };

function setup(overrides: Partial<HandlerDeps> = {}) {
  const deps: HandlerDeps = {
    appInfo: () => INFO,
    chooseFileToOpen: vi.fn(async () => '/home/u/results.csv'),
    chooseFileToSave: vi.fn(async ({ defaultName }) => `/home/u/Documents/${defaultName}`),
    readFileBytes: vi.fn(async () => ({
      ok: true as const,
      value: { name: 'results.csv', bytes: new TextEncoder().encode('pos,driver\n1,Serrano') },
    })),
    writeFile: vi.fn(async (path: string) => ({ ok: true as const, value: path })),
    applyMenuLabels: vi.fn(),
    ...overrides,
  };
  const logError = vi.fn();
  const dispatch = createDispatcher(createHandlers(deps), { logError });
  return { deps, dispatch, logError };
}

describe('IPC channels', () => {
  it('registers one handler per invoke method, all prefixed podium:', () => {
    expect([...INVOKE_METHODS].sort()).toEqual([
      'appInfo',
      'chooseSyncFolder',
      'openFile',
      'readSyncFolder',
      'saveTextFile',
      'setMenuLabels',
      'unwatchSyncFolder',
      'watchSyncFolder',
      'writeSyncSlip',
    ]);
    for (const method of INVOKE_METHODS) expect(IPC_CHANNELS[method]).toMatch(/^podium:/);
  });
});

describe('isTrustedSender', () => {
  it('accepts frames on app://podium only', () => {
    expect(isTrustedSender(fromApp)).toBe(true);
    expect(isTrustedSender({ senderFrame: { url: 'https://evil.example/' } })).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: 'file:///tmp/x.html' } })).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: 'app://other/index.html' } })).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: '' } })).toBe(false);
    expect(isTrustedSender({ senderFrame: null })).toBe(false);
  });

  it('accepts the dev server only when it is configured', () => {
    const dev = { senderFrame: { url: 'http://localhost:5173/#/' } };
    expect(isTrustedSender(dev)).toBe(false);
    expect(isTrustedSender(dev, 'http://localhost:5173')).toBe(true);
  });
});

describe('dispatch: sender check', () => {
  it('refuses calls from other origins without running the handler', async () => {
    const { deps, dispatch } = setup();
    const result = await dispatch('openFile', { senderFrame: { url: 'https://evil.example/' } }, [{}]);
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          code: 'refused-request',
          params: {},
          message: 'Refused: the request did not come from the Podium League window.',
        },
      ],
    });
    expect(deps.chooseFileToOpen).not.toHaveBeenCalled();
  });
});

describe('dispatch: appInfo', () => {
  it('returns the app info', async () => {
    const { dispatch } = setup();
    expect(await dispatch('appInfo', fromApp, [])).toEqual({ ok: true, value: INFO });
  });

  it('refuses unexpected arguments', async () => {
    const { dispatch } = setup();
    const result = await dispatch('appInfo', fromApp, ['surprise']);
    expect(result.ok).toBe(false);
  });
});

describe('dispatch: openFile', () => {
  it('returns the chosen file, always offering "All files" in the dialog', async () => {
    const { deps, dispatch } = setup();
    const result = await dispatch('openFile', fromApp, [
      { title: 'Import results', filters: [{ name: 'Results', extensions: ['csv', 'json', 'txt'] }] },
    ]);
    expect(result).toEqual({
      ok: true,
      value: { name: 'results.csv', bytes: new TextEncoder().encode('pos,driver\n1,Serrano') },
    });
    expect(deps.chooseFileToOpen).toHaveBeenCalledWith({
      title: 'Import results',
      filters: [
        { name: 'Results', extensions: ['csv', 'json', 'txt'] },
        { name: 'All files', extensions: ['*'] },
      ],
    });
  });

  it('accepts an empty request and undefined optional fields', async () => {
    const { dispatch } = setup();
    expect((await dispatch('openFile', fromApp, [{}])).ok).toBe(true);
    expect((await dispatch('openFile', fromApp, [{ title: undefined, filters: undefined }])).ok).toBe(true);
  });

  it('returns null when the dialog is cancelled', async () => {
    const { deps, dispatch } = setup({ chooseFileToOpen: vi.fn(async () => null) });
    expect(await dispatch('openFile', fromApp, [{}])).toEqual({ ok: true, value: null });
    expect(deps.readFileBytes).not.toHaveBeenCalled();
  });

  it('passes a refused file back as an error value', async () => {
    const tooBig = fileProblem('too-large', '“big.csv” is 7.0 MB.', { file: 'big.csv', limitMb: 5 });
    const { dispatch } = setup({
      readFileBytes: vi.fn(async () => ({ ok: false as const, problems: [tooBig] })),
    });
    expect(await dispatch('openFile', fromApp, [{}])).toEqual({
      ok: false,
      problems: [tooBig],
    });
  });

  it.each([
    ['no argument', []],
    ['a string', ['results.csv']],
    ['null', [null]],
    ['a numeric title', [{ title: 42 }]],
    ['filters that are not an array', [{ filters: 'csv' }]],
    ['an extension with a path', [{ filters: [{ name: 'x', extensions: ['../csv'] }] }]],
    ['an empty extension list', [{ filters: [{ name: 'x', extensions: [] }] }]],
    ['two arguments', [{}, {}]],
  ])('returns a validation error for %s', async (_label, args) => {
    const { deps, dispatch } = setup();
    const result = await dispatch('openFile', fromApp, args);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => p.message).join(' ')).toMatch(/^Invalid request to openFile: /);
    expect(deps.chooseFileToOpen).not.toHaveBeenCalled();
  });
});

describe('dispatch: saveTextFile', () => {
  it('saves UTF-8 text where the user chose', async () => {
    const { deps, dispatch } = setup();
    const result = await dispatch('saveTextFile', fromApp, [
      {
        defaultName: 'league.podium.json',
        text: '{"a":1}',
        filters: [{ name: 'League', extensions: ['json'] }],
      },
    ]);
    expect(result).toEqual({ ok: true, value: { path: '/home/u/Documents/league.podium.json' } });
    expect(deps.chooseFileToSave).toHaveBeenCalledWith({
      title: 'Save file',
      defaultName: 'league.podium.json',
      filters: [{ name: 'League', extensions: ['json'] }],
    });
    expect(deps.writeFile).toHaveBeenCalledWith('/home/u/Documents/league.podium.json', '{"a":1}', 'utf8');
  });

  it('writes base64 content as bytes', async () => {
    const { deps, dispatch } = setup();
    await dispatch('saveTextFile', fromApp, [
      { defaultName: 'chart.png', text: 'iVBORw0KGgo=', encoding: 'base64' },
    ]);
    expect(deps.writeFile).toHaveBeenCalledWith(expect.any(String), 'iVBORw0KGgo=', 'base64');
  });

  it('replaces characters Windows forbids in the suggested name', async () => {
    const { deps, dispatch } = setup();
    await dispatch('saveTextFile', fromApp, [{ defaultName: 'Round 1: "Finals"?.csv', text: '' }]);
    expect(deps.chooseFileToSave).toHaveBeenCalledWith(
      expect.objectContaining({ defaultName: 'Round 1- -Finals--.csv' }),
    );
  });

  it('returns null when the dialog is cancelled, without writing', async () => {
    const { deps, dispatch } = setup({ chooseFileToSave: vi.fn(async () => null) });
    expect(await dispatch('saveTextFile', fromApp, [{ defaultName: 'a.json', text: '{}' }])).toEqual({
      ok: true,
      value: null,
    });
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it.each([
    ['a path in the name', { defaultName: '../../.bashrc', text: 'x' }, 'defaultName'],
    ['a Windows path in the name', { defaultName: 'C:\\Windows\\evil.dll', text: 'x' }, 'defaultName'],
    ['an empty name', { defaultName: '  ', text: 'x' }, 'defaultName'],
    ['a control character in the name', { defaultName: 'a\u0000.json', text: 'x' }, 'defaultName'],
    ['a dot-dot name', { defaultName: '..', text: 'x' }, 'defaultName'],
    ['missing text', { defaultName: 'a.json' }, 'text'],
    ['non-string text', { defaultName: 'a.json', text: { evil: true } }, 'text'],
    ['an unknown encoding', { defaultName: 'a.json', text: 'x', encoding: 'utf16' }, 'encoding'],
    ['invalid base64', { defaultName: 'a.png', text: 'not base64!', encoding: 'base64' }, 'text'],
  ])('refuses %s with a message naming the field', async (_label, request, field) => {
    const { deps, dispatch } = setup();
    const result = await dispatch('saveTextFile', fromApp, [request]);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.message).join(' ')).toContain(`${field}:`);
    expect(deps.chooseFileToSave).not.toHaveBeenCalled();
    expect(deps.writeFile).not.toHaveBeenCalled();
  });

  it('refuses content over the size limit', async () => {
    const { dispatch } = setup();
    const result = await dispatch('saveTextFile', fromApp, [
      { defaultName: 'a.txt', text: 'x'.repeat(MAX_SAVE_CHARS + 1) },
    ]);
    expect(result).toEqual({
      ok: false,
      problems: [
        unexpectedProblem('Invalid request to saveTextFile: text: the content is too large to save'),
      ],
    });
  });

  it('returns a write failure as data', async () => {
    const denied = fileProblem('cannot-save', 'Could not save “a.json”: permission denied.', {
      fs: 'EACCES',
      file: 'a.json',
    });
    const { dispatch } = setup({
      writeFile: vi.fn(async () => ({
        ok: false as const,
        problems: [denied],
      })),
    });
    expect(await dispatch('saveTextFile', fromApp, [{ defaultName: 'a.json', text: '{}' }])).toEqual({
      ok: false,
      problems: [denied],
    });
  });
});

describe('dispatch: setMenuLabels', () => {
  it('rebuilds the menu with a complete label set, keeping only the known fields', async () => {
    const { deps, dispatch } = setup();
    const labels = { ...englishMenuLabels('Podium League'), language: 'ja', file: 'ファイル' };
    expect(await dispatch('setMenuLabels', fromApp, [{ ...labels, extra: 'x' }])).toEqual({
      ok: true,
      value: true,
    });
    expect(deps.applyMenuLabels).toHaveBeenCalledWith(labels);
  });

  it('refuses a partial or malformed set without touching the menu', async () => {
    const { deps, dispatch } = setup();
    const { file: _file, ...partial } = englishMenuLabels('Podium League');
    for (const bad of [partial, { ...englishMenuLabels('Podium League'), view: 'x'.repeat(200) }, 'File']) {
      const result = await dispatch('setMenuLabels', fromApp, [bad]);
      expect(result.ok).toBe(false);
    }
    expect(deps.applyMenuLabels).not.toHaveBeenCalled();
  });
});

describe('dispatch: unexpected exceptions', () => {
  it('are caught, logged and returned as an error value', async () => {
    const boom = new Error('dialog crashed');
    const { dispatch, logError } = setup({ chooseFileToOpen: vi.fn(async () => Promise.reject(boom)) });
    expect(await dispatch('openFile', fromApp, [{}])).toEqual({
      ok: false,
      problems: [
        {
          code: 'unexpected',
          params: { detail: 'Something went wrong (openFile): dialog crashed' },
          message: 'Something went wrong (openFile): dialog crashed',
        },
      ],
    });
    expect(logError).toHaveBeenCalledWith('podium: openFile failed', boom);
  });
});
