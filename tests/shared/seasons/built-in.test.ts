import { describe, expect, it } from 'vitest';
import { BUILT_IN_SEASONS } from '../../../shared/seasons';
import { readSeasonFileData } from '../../../shared/seasons/season-file';
import gtws2024 from '../../../shared/seasons/data/gtws-2024.season.json';
import gtws2025 from '../../../shared/seasons/data/gtws-2025.season.json';
import gtws2026 from '../../../shared/seasons/data/gtws-2026.season.json';

// The app trusts the shipped season files without validating them at start-up; this is the check.
describe('shipped season files', () => {
  const files = { 'gtws-2024': gtws2024, 'gtws-2025': gtws2025, 'gtws-2026': gtws2026 };
  it.each(Object.entries(files))(
    '%s is accepted by the schema and loads exactly as validated',
    (id, file) => {
      const read = readSeasonFileData(file);
      if (!read.ok) throw new Error(read.problems.join('\n'));
      expect(BUILT_IN_SEASONS.find((s) => s.id === id)).toStrictEqual(read.value);
    },
  );
});
