/** File problems are worded from their code and params, in every language the app ships. */
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../shared/i18n/languages';
import { FILE_PROBLEM_CODES, type FileProblem } from '../../../shared/files/problems';
import { parseLeagueBundle } from '../../../shared/league';
import { JSON_SYNTAX_CODES } from '../../../shared/results/json-lines';
import { fileProblemText, jsonSyntaxText, schemaText } from '../../../renderer/src/lib/file-problem-text';
import { catalogueTranslator } from '../i18n/catalogue-translator';

const translator = (language: string) => catalogueTranslator(language, ['files', 'common']);

/** Params every code's sentence may use, with distinctive values to find in the text. */
const PARAMS = {
  limitMb: 5,
  reason: 'utf32',
  syntax: 'comma-missing',
  close: '}',
  kind: 'podium-league',
  version: 1,
  found: 7,
  reads: 1,
  oldest: 1,
  newest: 2,
  issue: 'invalid_type',
  expected: 'string',
  received: 'number',
  what: 'driver',
  id: 'nobody-here',
  race: 'gtws-2025-r1-nations-gf',
  member: 'mallory',
  round: 'gtws-2025-r1',
  position: 3,
  number: 4,
  entry: 'jose-serrano',
  cup: 'manufacturers',
  startsAt: '2025-06-07T17:00:00.000Z',
  twin: 'club--ana.podium-slip.json',
  count: 12,
  line: 814,
  path: 'members › 3 › name',
};

const SCHEMA_ISSUES: Record<string, string | number>[] = [
  { issue: 'invalid_type', expected: 'string', received: 'number' },
  { issue: 'invalid_type', expected: 'object', received: 'undefined' },
  { issue: 'too_small', origin: 'string', minimum: 3 },
  { issue: 'too_small', origin: 'array', minimum: 3 },
  { issue: 'too_small', origin: 'number', minimum: 3 },
  { issue: 'too_big', origin: 'string', maximum: 200 },
  { issue: 'too_big', origin: 'array', maximum: 200 },
  { issue: 'too_big', origin: 'number', maximum: 200 },
  { issue: 'invalid_value', values: '"nations", "manufacturers"' },
  { issue: 'invalid_format', format: 'datetime' },
  { issue: 'invalid_format', format: 'regex' },
  { issue: 'unrecognized_keys', keys: 'colour' },
  { issue: 'custom' },
  { issue: 'custom', check: 'instant' },
  { issue: 'custom', check: 'safe-id' },
  { issue: 'custom', check: 'distinct-podium' },
  { issue: 'custom', check: 'driver-or-team' },
  { issue: 'custom', check: 'distinct-cups' },
  { issue: 'custom', check: 'public-key' },
  { issue: 'custom', check: 'signature' },
  { issue: 'custom', check: 'salt' },
  { issue: 'custom', check: 'slug' },
  { issue: 'custom', check: 'country-code' },
];

describe('file problem wording', () => {
  it.each(LANGUAGES)('%s words every file problem code, with its line and path', async (language) => {
    const t = await translator(language);
    const english = await translator('en');
    for (const code of FILE_PROBLEM_CODES) {
      const problem = { code, params: PARAMS };
      const text = fileProblemText(t, problem);
      expect(text, code).not.toMatch(/files:|common:|problem\.|\{\{/);
      expect(text, code).toContain('814');
      expect(text, code).toContain('members › 3 › name');
      if (language !== 'en') expect(text, code).not.toBe(fileProblemText(english, problem));
    }
  });

  it.each(LANGUAGES)(
    '%s words every reason a synced-folder file cannot be read, and every scan limit',
    async (language) => {
      const t = await translator(language);
      const english = await translator('en');
      const variants: FileProblem[] = [
        ...['ENOENT', 'EACCES', 'EISDIR', 'EBUSY', 'EIO'].map((fs) => ({
          code: 'unreadable' as const,
          params: { fs },
          message: '',
        })),
        ...['names', 'slips', 'bytes'].map((limit) => ({
          code: 'scan-limit' as const,
          params: { limit, max: 2000, files: 31 },
          message: '',
        })),
      ];
      const texts = variants.map((problem) => fileProblemText(t, problem));
      expect(new Set(texts).size).toBe(variants.length);
      texts.forEach((text, k) => {
        expect(text).not.toMatch(/files:|\{\{/);
        if (language !== 'en') expect(text).not.toBe(fileProblemText(english, variants[k]!));
      });
      expect(texts[4]).toContain('EIO');
      expect(texts[6]).toContain('31');
    },
  );

  it.each(LANGUAGES)('%s words every schema mismatch and JSON syntax problem', async (language) => {
    const t = await translator(language);
    const english = await translator('en');
    for (const params of SCHEMA_ISSUES) {
      const text = schemaText(t, params);
      expect(text, JSON.stringify(params)).not.toMatch(/files:|schema\.|\{\{/);
      if (language !== 'en') expect(text, JSON.stringify(params)).not.toBe(schemaText(english, params));
    }
    for (const syntax of JSON_SYNTAX_CODES) {
      const text = jsonSyntaxText(t, syntax, { depth: 64, char: '@', close: ']' });
      expect(text, syntax).not.toMatch(/files:|syntax\.|\{\{/);
      if (language !== 'en') expect(text, syntax).not.toBe(jsonSyntaxText(english, syntax, {}));
    }
  });

  it('words a real league file problem in Spanish and Japanese, with the file’s own ids', async () => {
    const bundle = {
      format: 'podium-league',
      version: 1,
      league: { id: 'club', name: 'Club', seasonId: 'gtws-2025', rules: { preset: 'classic' } },
      members: [{ id: 'ana', name: 'Ana' }],
      picks: [
        {
          memberId: 'mallory',
          raceId: 'gtws-2025-r1-nations-gf',
          podium: ['jose-serrano', 'kylian-drumont', 'takuma-miyazono'],
          madeAt: '2025-06-01T10:00:00Z',
        },
      ],
      results: [],
    };
    const read = parseLeagueBundle(JSON.stringify(bundle, null, 2));
    expect(read.ok).toBe(false);
    const problem = (read.ok ? [] : read.problems)[0] as FileProblem;
    expect(problem.code).toBe('unknown-id');
    expect(fileProblemText(await translator('es'), problem)).toBe(
      `Línea ${problem.params.line}, picks › 0 › memberId: Identificador desconocido «mallory» (miembro).`,
    );
    expect(fileProblemText(await translator('ja'), problem)).toBe(
      `${problem.params.line} 行目、picks › 0 › memberId：不明な ID「mallory」（メンバー）。`,
    );
    expect(problem.message).toMatch(/^line \d+: picks\[0\]\.memberId: unknown member "mallory"\.$/);
  });

  it.each(LANGUAGES)(
    '%s words why a file could not be opened, saved or written into the synced folder, by its system error',
    async (language) => {
      const t = await translator(language);
      const english = await translator('en');
      const codes = ['cannot-open', 'cannot-save', 'cannot-write-slip', 'cannot-read-folder'] as const;
      const errors = ['ENOENT', 'EACCES', 'ENOSPC', 'EROFS', 'EBUSY', 'EIO'];
      const variants = codes.flatMap((code) => errors.map((fs) => ({ code, params: { fs } })));
      const texts = variants.map((problem) => fileProblemText(t, problem));
      expect(new Set(texts).size).toBe(variants.length);
      texts.forEach((text, k) => {
        expect(text).not.toMatch(/files:|\{\{/);
        if (language !== 'en') expect(text).not.toBe(fileProblemText(english, variants[k]!));
      });
      expect(texts.filter((text) => text.includes('EIO'))).toHaveLength(codes.length);
    },
  );

  it('words an unexpected failure in the language, its English only as the technical detail', async () => {
    const problem = { code: 'unexpected' as const, params: { detail: 'QuotaExceededError: full' } };
    const es = fileProblemText(await translator('es'), problem);
    expect(es).toBe('Algo inesperado salió mal. Detalle técnico: QuotaExceededError: full');
    expect(fileProblemText(await translator('ja'), problem)).toBe(
      '予期しないエラーが起きました。技術的な詳細：QuotaExceededError: full',
    );
  });

  it('names the file in a list of several (the synced folder)', async () => {
    const t = await translator('fr');
    expect(fileProblemText(t, { code: 'empty', params: { file: 'club--bo.podium-slip.json' } })).toBe(
      'club--bo.podium-slip.json : Le fichier est vide.',
    );
  });
});
