import { TABLE_NAMES, type PodiumDatabase } from './schema';

/** Every row of every table, sorted by primary key: two equal dumps mean two equal databases. */
export type DatabaseDump = Record<string, unknown[]>;

export async function dumpDatabase(db: PodiumDatabase): Promise<DatabaseDump> {
  const dump: DatabaseDump = {};
  await db.transaction('r', TABLE_NAMES, async () => {
    for (const name of TABLE_NAMES) {
      dump[name] = await db.table(name).toArray();
    }
  });
  return dump;
}
