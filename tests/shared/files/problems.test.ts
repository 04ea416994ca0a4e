/** Read problems of the app's versioned files are codes with params; the English stays as `message`. */
import { describe, expect, it } from 'vitest';
import { parseSlip } from '../../../shared/exchange';
import { FILE_PROBLEM_CODES } from '../../../shared/files/problems';
import { readVersionedFile } from '../../../shared/files/versioned';
import { parseLeagueBundle } from '../../../shared/league';
import { scanJson } from '../../../shared/results/json-format';
import { JSON_SYNTAX_CODES, readJsonWithLines } from '../../../shared/results/json-lines';

const SPEC = { format: 'podium-slip', version: 1, noun: 'pick slip' };

const problemsOf = (input: Uint8Array | string, spec = SPEC) => {
  const read = readVersionedFile(input, spec);
  return read.ok ? [] : read.problems;
};

describe('file problems', () => {
  it('refuses a file over the limit, as text or as bytes, with the limit in MB', () => {
    const spec = { ...SPEC, maxBytes: 1024 * 1024 };
    expect(problemsOf(' '.repeat(1024 * 1024 + 1), spec)).toEqual([
      { code: 'too-large', params: { limitMb: 1 }, message: 'The pick slip is larger than 1 MB.' },
    ]);
    expect(problemsOf(new Uint8Array(1024 * 1024 + 1).fill(0x20), spec)).toEqual([
      { code: 'too-large', params: { limitMb: 1 }, message: expect.stringContaining('too large') },
    ]);
  });

  it('says why bytes are not text with the decoder’s own code', () => {
    expect(problemsOf(new Uint8Array([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]))).toEqual([
      { code: 'not-text', params: { reason: 'utf32' }, message: expect.stringContaining('UTF-32') },
    ]);
  });

  it('refuses an empty file', () => {
    expect(problemsOf(' \n\t')).toEqual([{ code: 'empty', params: {}, message: 'The pick slip is empty.' }]);
  });

  it('refuses text that is not JSON with the line and the syntax problem', () => {
    expect(problemsOf('{\n  "format": "podium-slip",\n  "version": 1\n  "picks": []\n}')).toEqual([
      {
        code: 'not-json',
        params: { line: 4, syntax: 'comma-missing', close: '}' },
        message: 'line 4: the pick slip is not valid JSON: expected "," or "}".',
      },
    ]);
    expect(problemsOf('{"format": "podium-slip", "version": ')).toMatchObject([
      { code: 'not-json', params: { line: 1, syntax: 'ends-early' } },
    ]);
  });

  it('gives every JSON syntax problem a code from the one list', () => {
    const broken = [
      '['.repeat(70),
      '{"a": ',
      '{"a": @}',
      '{a: 1}',
      '{"a" 1}',
      '[1 2]',
      '"open',
      '"a\u0001b"',
      '"\\u12x4"',
      '"\\q"',
      '-',
      '{} {}',
    ];
    const codes = broken.map((text) => {
      const read = readJsonWithLines(text);
      return read.ok ? 'read' : read.syntax;
    });
    expect(new Set(codes)).toEqual(new Set(JSON_SYNTAX_CODES));
  });

  it('refuses another kind of file, naming the kind expected', () => {
    expect(problemsOf('{"format": "podium-league", "version": 1}')).toEqual([
      {
        code: 'wrong-format',
        params: { kind: 'podium-slip' },
        message: 'This is not a Podium League pick slip (expected "format": "podium-slip").',
      },
    ]);
    expect(problemsOf('[]')).toMatchObject([{ code: 'wrong-format' }]);
  });

  it('refuses a version from the future, a missing one and one it does not read', () => {
    expect(problemsOf('{"format": "podium-slip", "version": 7}')).toEqual([
      {
        code: 'newer-version',
        params: { found: 7, reads: 1 },
        message: expect.stringContaining('newer version'),
      },
    ]);
    expect(problemsOf('{"format": "podium-slip"}')).toEqual([
      {
        code: 'missing-version',
        params: { kind: 'podium-slip', version: 1 },
        message: expect.stringContaining('no "version"'),
      },
    ]);
    expect(problemsOf('{"format": "podium-slip", "version": "1"}')).toEqual([
      {
        code: 'unsupported-version',
        params: { found: '"1"', oldest: 1, newest: 1 },
        message: '"version": "1" is not a pick slip version this app reads (version 1).',
      },
    ]);
  });

  it('turns a schema problem into its kind, what was expected and found, a readable path and its line', () => {
    const text = [
      '{',
      '  "format": "podium-slip",',
      '  "version": 1,',
      '  "leagueId": "club",',
      '  "seasonId": "gtws-2025",',
      '  "member": { "id": "ana", "name": 42 },',
      '  "exportedAt": "2025-06-07T10:00:00Z",',
      '  "picks": []',
      '}',
    ].join('\n');
    const read = parseSlip(text);
    expect(!read.ok && read.problems).toEqual([
      {
        code: 'schema',
        params: {
          issue: 'invalid_type',
          expected: 'string',
          received: 'number',
          path: 'member › name',
          line: 6,
        },
        message: 'line 6: member.name: Invalid input: expected string, received number',
      },
    ]);
  });

  it('says what is missing, and how short or long a value may be', () => {
    const slip = (member: string) =>
      `{"format":"podium-slip","version":1,"leagueId":"club","seasonId":"s","member":${member},"exportedAt":"2025-06-07T10:00:00Z","picks":[]}`;
    const missing = parseSlip(slip('{"id":"ana"}'));
    expect(!missing.ok && missing.problems[0]!.params).toEqual({
      issue: 'invalid_type',
      expected: 'string',
      received: 'undefined',
      path: 'member › name',
      line: 1,
    });
    const empty = parseSlip(slip('{"id":"","name":"Ana"}'));
    expect(!empty.ok && empty.problems[0]).toMatchObject({
      code: 'schema',
      params: { issue: 'too_small', origin: 'string', minimum: 1, path: 'member › id' },
    });
  });

  it('names the rule a refined value breaks, for the screens to word', () => {
    const slip = (picks: string) =>
      `{"format":"podium-slip","version":1,"leagueId":"club","seasonId":"s","member":{"id":"a/b","name":"Ana"},"exportedAt":"2025-06-07T10:00:00","picks":${picks}}`;
    const read = parseSlip(slip('[{"raceId":"r","podium":["x","x","y"],"madeAt":"2025-06-07T10:00:00Z"}]'));
    expect(!read.ok && read.problems.map((p) => [p.params.path, p.params.check])).toEqual([
      ['member › id', 'safe-id'],
      ['exportedAt', 'instant'],
      ['picks › 0 › podium', 'distinct-podium'],
    ]);
  });

  it('gives a league file’s cross-checks their own codes', () => {
    const bundle = {
      format: 'podium-league',
      version: 1,
      league: { id: 'club', name: 'Club', seasonId: 'gtws-2025', rules: { preset: 'classic' } },
      members: [
        { id: 'ana', name: 'Ana' },
        { id: 'ana', name: 'Ana again' },
      ],
      picks: [],
      results: [],
    };
    const read = parseLeagueBundle(JSON.stringify(bundle, null, 2));
    expect(!read.ok && read.problems).toEqual([
      {
        code: 'duplicate-id',
        params: { what: 'member', id: 'ana', path: 'members › 1 › id', line: expect.any(Number) },
        message: expect.stringMatching(/^line \d+: members\[1\]\.id: duplicate member id "ana"\.$/),
      },
    ]);
  });

  it('keeps one code list without repeats', () => {
    expect(new Set(FILE_PROBLEM_CODES).size).toBe(FILE_PROBLEM_CODES.length);
  });

  it('gives a results JSON file’s syntax and schema issues the same params next to their English detail', () => {
    const invalid = scanJson('{\n  "races": [\n');
    expect(invalid.issues[0]).toMatchObject({
      code: 'json-invalid',
      params: { syntax: 'ends-early', detail: 'the text ends too early' },
    });
    const schema = scanJson('{ "races": [ { "rows": [ { "position": "first" } ] } ] }');
    expect(schema.issues[0]).toMatchObject({
      code: 'json-schema',
      params: {
        issue: 'invalid_type',
        expected: 'number',
        received: 'string',
        path: 'races › 0 › rows › 0 › position',
        detail: expect.stringContaining('race 1, row 1, position'),
      },
    });
  });
});
