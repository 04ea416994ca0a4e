/** The shared live query: one read for every subscriber, a read-ahead handed over once, never a stale value. */
import { waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../renderer/src/db';
import { sharedLiveQuery } from '../../../renderer/src/db/shared-live-query';
import { resetAppDb } from '../screen-harness';

beforeEach(async () => {
  await resetAppDb();
});

let next = 0;
/** A query of one setting's value, with a count of its reads; a fresh key per test. */
function settingQuery() {
  const key = `test-${++next}`;
  const reads = { count: 0 };
  const query = sharedLiveQuery(key, async () => {
    reads.count++;
    return (await db.settings.get('probe'))?.value ?? null;
  });
  return { key, reads, query };
}

/** Subscribes and records every value delivered, the synchronous one included. */
function listen<T>(query: { subscribe(next: (v: T) => void): { unsubscribe(): void } }) {
  const values: T[] = [];
  const subscription = query.subscribe((v) => values.push(v));
  return { values, unsubscribe: () => subscription.unsubscribe() };
}

describe('sharedLiveQuery', () => {
  it('reads once for every subscriber of the same key, and again for each change', async () => {
    await db.settings.put({ key: 'probe', value: 'a' });
    const { key, reads, query } = settingQuery();
    const first = listen<unknown>(query);
    const second = listen<unknown>(sharedLiveQuery(key, async () => 'another querier is never run'));
    await waitFor(() => expect(second.values).toEqual(['a']));
    expect(first.values).toEqual(['a']);
    expect(reads.count).toBe(1);

    await db.settings.put({ key: 'probe', value: 'b' });
    await waitFor(() => expect(second.values).toEqual(['a', 'b']));
    expect(first.values).toEqual(['a', 'b']);
    expect(reads.count).toBe(2);
    first.unsubscribe();
    second.unsubscribe();
  });

  it('is one query for components that ask for it in the same render, before either subscribes', async () => {
    await db.settings.put({ key: 'probe', value: 'a' });
    const { key, reads, query } = settingQuery();
    const asked = sharedLiveQuery(key, async () => 'another querier is never run');
    const shell = listen<unknown>(query);
    const screen = listen<unknown>(asked);
    await waitFor(() => expect(screen.values).toEqual(['a']));
    expect(shell.values).toEqual(['a']);
    expect(reads.count).toBe(1);
    shell.unsubscribe();
    screen.unsubscribe();
  });

  it('hands a read-ahead’s value to its first subscriber at once, without reading again', async () => {
    await db.settings.put({ key: 'probe', value: 'a' });
    const { reads, query } = settingQuery();
    query.readAhead();
    await waitFor(() => expect(query.hasValue()).toBe(true));
    expect(query.getValue()).toBe('a');
    const screen = listen<unknown>(query);
    // Delivered during subscribe, before any await.
    expect(screen.values).toEqual(['a']);
    expect(reads.count).toBe(1);
    screen.unsubscribe();
  });

  it('never hands over a value older than a write made while it waited', async () => {
    await db.settings.put({ key: 'probe', value: 'old' });
    const { query } = settingQuery();
    query.readAhead();
    await waitFor(() => expect(query.getValue()).toBe('old'));
    await db.settings.put({ key: 'probe', value: 'new' });
    // The read-ahead stayed live: by the time the screen subscribes, it has read again.
    await waitFor(() => expect(query.getValue()).toBe('new'));
    const screen = listen<unknown>(query);
    expect(screen.values).toEqual(['new']);
    screen.unsubscribe();
  });

  it('is consumed once: when its subscriber leaves, the value is dropped and the next one reads afresh', async () => {
    await db.settings.put({ key: 'probe', value: 'a' });
    const { key, reads, query } = settingQuery();
    query.readAhead();
    const screen = listen<unknown>(query);
    await waitFor(() => expect(screen.values).toEqual(['a']));
    screen.unsubscribe();
    // The hold was let go when the screen subscribed: nobody watches the database any more.
    expect(query.hasValue()).toBe(false);

    await db.settings.put({ key: 'probe', value: 'b' });
    const again = listen<unknown>(sharedLiveQuery(key, async () => (await db.settings.get('probe'))?.value));
    expect(again.values).toEqual([]);
    await waitFor(() => expect(again.values).toEqual(['b']));
    expect(reads.count).toBe(1);
    again.unsubscribe();
  });

  it('stops a read-ahead nobody takes, dropping its value', async () => {
    await db.settings.put({ key: 'probe', value: 'a' });
    const { query } = settingQuery();
    query.readAhead(1000);
    await waitFor(() => expect(query.hasValue()).toBe(true));
    await waitFor(() => expect(query.hasValue()).toBe(false));
  });
});
