import { createDatabase, type PodiumDatabase } from './schema';

/** The app's database. Tests create their own with createDatabase(uniqueName). */
export const db: PodiumDatabase = createDatabase();

export type { PodiumDatabase } from './schema';
