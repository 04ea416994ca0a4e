import { describe, expect, it, vi } from 'vitest';
import { act, render } from '@testing-library/react';
import { menuEvents, useMenuCommand } from '../../../renderer/src/app/menu-events';

function Listener({ onBackup }: { onBackup: () => void }) {
  useMenuCommand('backup', onBackup);
  return null;
}

describe('native menu commands', () => {
  it('navigates to the owning screen and hands the command to it once', async () => {
    const onBackup = vi.fn();
    render(<Listener onBackup={onBackup} />);
    const navigate = vi.fn();
    act(() => menuEvents.emit({ type: 'backup' }, navigate));
    expect(navigate).toHaveBeenCalledWith('/settings');
    expect(onBackup).toHaveBeenCalledTimes(1);
    act(() => menuEvents.emit({ type: 'import-results' }, navigate));
    expect(navigate).toHaveBeenLastCalledWith('/results');
    expect(onBackup).toHaveBeenCalledTimes(1);
  });

  it('delivers a command sent just before the screen mounted, and only once', async () => {
    menuEvents.emit({ type: 'backup' }, vi.fn());
    const first = vi.fn();
    render(<Listener onBackup={first} />);
    await act(async () => {
      await Promise.resolve();
    });
    expect(first).toHaveBeenCalledTimes(1);
    const second = vi.fn();
    render(<Listener onBackup={second} />);
    await act(async () => {
      await Promise.resolve();
    });
    expect(second).not.toHaveBeenCalled();
  });
});
