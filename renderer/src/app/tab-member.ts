/**
 * Who is picking, per browser tab. The database holds one shared default
 * (the last member chosen anywhere, which a new tab starts with), but each
 * tab keeps its own choice in sessionStorage: choosing Bob in one tab must
 * never make another tab, where Ana is picking, save a pick for Bob. The
 * desktop app has one window, where the two agree.
 */
import { useSyncExternalStore } from 'react';

const PREFIX = 'podium.pickingMember.';

/** The parts of Storage used; sessionStorage in the app, a Map-backed stand-in in tests. */
export type TabStorage = Pick<Storage, 'getItem' | 'setItem'>;

function defaultStorage(): TabStorage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    // Storage disabled by the browser: every tab follows the shared default.
    return null;
  }
}

const listeners = new Set<() => void>();

export function createTabMemberStore(storage: TabStorage | null = defaultStorage()) {
  let version = 0;
  return {
    /** Changes whenever this tab changes a choice; lets a query re-run on it. */
    version: () => version,
    /** This tab's choice for the league, or null when the tab has not chosen yet. */
    get(leagueId: string): string | null {
      try {
        return storage?.getItem(PREFIX + leagueId) ?? null;
      } catch {
        return null;
      }
    },
    set(leagueId: string, memberId: string): void {
      try {
        storage?.setItem(PREFIX + leagueId, memberId);
      } catch {
        // Full or disabled storage: the shared default still records the choice.
      }
      version++;
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export const tabMember = createTabMemberStore();

/**
 * The member this tab picks for: its own choice while that member exists,
 * else the shared default, else the first member.
 */
export function resolvePickingMember<M extends { id: string }>(
  members: readonly M[],
  tabChoice: string | null,
  sharedDefault: unknown,
): M | null {
  return (
    members.find((m) => m.id === tabChoice) ??
    members.find((m) => m.id === sharedDefault) ??
    members[0] ??
    null
  );
}

/** A number that changes whenever this tab changes who is picking, in any league. */
export function useTabMemberVersion(): number {
  return useSyncExternalStore(tabMember.subscribe, tabMember.version);
}
