import { liveQuery, type Subscription } from 'dexie';

type Next<T> = (value: T) => void;
type Fail = (error: unknown) => void;
type Observer<T> = { next?: Next<T>; error?: Fail };

/**
 * A live query that every component asking for the same key shares: one database read per
 * change however many components show it, and a component that mounts while it runs gets its
 * latest value on its first render (`getValue`, which dexie-react-hooks' `useObservable` reads).
 * The value is kept only while someone is subscribed: with no subscriber the query stops
 * watching the database, so its last value could be out of date and is dropped.
 */
export interface SharedLiveQuery<T> {
  subscribe(next?: Next<T> | Observer<T>, error?: Fail): { unsubscribe(): void };
  hasValue(): boolean;
  getValue(): T | undefined;
  /**
   * Starts the query now, before any component subscribes (a screen's data read while its code
   * loads), and keeps it live until the first subscriber arrives or `ms` pass. Being live, what
   * it hands over is never older than the database.
   */
  readAhead(ms?: number): void;
}

/** How long a read started ahead waits for the screen that asked for it. */
export const READ_AHEAD_MS = 15_000;

const running = new Map<string, SharedLiveQuery<unknown>>();

/**
 * The shared live query of `key`. `querier` must compute the same thing for the same key: the
 * key names everything the answer depends on outside the database (a league id, the tab's PIN
 * session, …).
 */
export function sharedLiveQuery<T>(key: string, querier: () => Promise<T>): SharedLiveQuery<T> {
  const known = running.get(key) as SharedLiveQuery<T> | undefined;
  if (known) return known;
  const listeners = new Set<Observer<T>>();
  let source: Subscription | null = null;
  let last: { value: T } | null = null;
  let failure: { error: unknown } | null = null;
  let hold: { unsubscribe(): void; timer: ReturnType<typeof setTimeout> } | null = null;

  const letGo = () => {
    if (!hold) return;
    clearTimeout(hold.timer);
    const { unsubscribe } = hold;
    hold = null;
    unsubscribe();
  };

  const query: SharedLiveQuery<T> = {
    subscribe(next, error) {
      const observer: Observer<T> = typeof next === 'function' || next === undefined ? { next, error } : next;
      listeners.add(observer);
      // Again when it had stopped (a component keeps the object it was given across re-subscribes).
      if (!running.has(key)) running.set(key, query as SharedLiveQuery<unknown>);
      if (source === null) {
        source = liveQuery(querier).subscribe({
          next: (value) => {
            last = { value };
            failure = null;
            for (const l of [...listeners]) l.next?.(value);
          },
          error: (e: unknown) => {
            failure = { error: e };
            for (const l of [...listeners]) l.error?.(e);
          },
        });
      } else if (failure) observer.error?.(failure.error);
      else if (last) observer.next?.(last.value);
      // A subscriber keeps the query live from here on: a read-ahead's hold is no longer needed.
      if (hold && listeners.size > 1) letGo();
      return {
        unsubscribe() {
          if (!listeners.delete(observer) || listeners.size > 0) return;
          source?.unsubscribe();
          source = null;
          last = null;
          failure = null;
          if (running.get(key) === query) running.delete(key);
        },
      };
    },
    hasValue: () => last !== null,
    getValue: () => last?.value,
    readAhead(ms = READ_AHEAD_MS) {
      if (hold || listeners.size > 0) return;
      const { unsubscribe } = query.subscribe({});
      hold = { unsubscribe, timer: setTimeout(letGo, ms) };
    },
  };
  // Known from now on, not from its first subscriber: components rendered together (the shell
  // and the screen) all get this one before any of them subscribes.
  running.set(key, query as SharedLiveQuery<unknown>);
  return query;
}
