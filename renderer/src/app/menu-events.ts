import { useEffect, useRef } from 'react';
import type { NavigateFunction } from 'react-router';
import type { MenuCommand } from '../../../shared/ipc/contract';

type NonNavigate = Exclude<MenuCommand, { type: 'navigate' }>;
type Listener = (command: NonNavigate) => void;

const listeners = new Set<Listener>();
let pending: NonNavigate | null = null;

/**
 * File-menu commands (import, export, backup) handed to whichever screen owns
 * them. The layout first navigates to that screen; the screen subscribes on
 * mount and receives the command even if it mounted after the event.
 */
export const menuEvents = {
  emit(command: NonNavigate, navigate: NavigateFunction) {
    pending = command;
    const target =
      command.type === 'import-results'
        ? '/results'
        : command.type === 'export-league'
          ? '/league'
          : '/settings';
    void navigate(target);
    for (const listener of listeners) listener(command);
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    if (pending) {
      const command = pending;
      pending = null;
      queueMicrotask(() => listener(command));
    }
    return () => listeners.delete(listener);
  },
  /** Marks the pending command handled so a later subscriber does not repeat it. */
  consume() {
    pending = null;
  },
};

/**
 * Runs `handler` when the native File menu sends `type` (also when the command
 * arrived just before this screen mounted).
 */
export function useMenuCommand(type: NonNavigate['type'], handler: () => void): void {
  // The latest handler, without re-subscribing on every render.
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  }, [handler]);
  useEffect(
    () =>
      menuEvents.subscribe((command) => {
        if (command.type === type) {
          menuEvents.consume();
          latest.current();
        }
      }),
    [type],
  );
}
