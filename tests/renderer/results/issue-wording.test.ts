/** Parse issues are worded from their code and params, in every language the app ships. */
import { describe, expect, it } from 'vitest';
import { PARSE_ISSUE_CODES, parseResultsText } from '../../../shared/results';
import { ROW_PROBLEMS } from '../../../shared/results/rows';
import { issueText } from '../../../renderer/src/screens/results/IssuesList';
import { catalogueTranslator } from '../i18n/catalogue-translator';

const LANGUAGES = ['en', 'es', 'fr', 'it', 'de', 'ja', 'pt-BR'] as const;

/** A value for every param any code uses, so a placeholder left unfilled shows as "{{". */
const PARAMS = {
  size: '6 MB',
  limitMb: 5,
  what: 'a PDF document',
  endian: 'little',
  encoding: 'UTF-16LE',
  detail: 'unexpected token',
  cells: 7,
  width: 5,
  table: 'Race 1',
  position: 2,
  firstLine: 3,
  from: 3,
  to: 4,
  driver: 'Pol Urra',
  time: "44'25.829",
  previousPosition: 1,
  previousDriver: 'Jose Serrano',
  previousTime: "44'26.000",
  country: 'Atlantis',
  names: 'Takuma Sasaki, Tomoya Sasaki',
  season: 'GTWS 2025',
  listed: 'ES',
  row: 'IT',
  entry: 'Toyota',
  team: 'Red Bull Jonathan Bucha',
  race: 'Grand Final',
  expected: 5,
  title: 'Round 1',
  named: 'gtws-2025-r1-nations-gf',
  tables: 2,
  rest: 12,
};

const translator = (language: string) => catalogueTranslator(language, 'results');

describe('parse issue wording', () => {
  it.each(LANGUAGES)('%s words every code the parser can emit', async (language) => {
    const t = await translator(language);
    const english = await translator('en');
    for (const code of PARSE_ISSUE_CODES) {
      const text = issueText(t, { code, params: PARAMS });
      expect(text, code).not.toMatch(/parseIssue|\{\{/);
      if (language !== 'en') expect(text, code).not.toBe(issueText(english, { code, params: PARAMS }));
    }
  });

  it.each(LANGUAGES)(
    "%s words every reason a row cannot be read, not the reader's English",
    async (language) => {
      const t = await translator(language);
      const english = await translator('en');
      const texts = ROW_PROBLEMS.map((why) =>
        issueText(t, { code: 'row-unreadable', params: { why, text: 'lots', max: 99, detail: 'ENGLISH' } }),
      );
      expect(new Set(texts).size).toBe(ROW_PROBLEMS.length);
      texts.forEach((text, k) => {
        expect(text).not.toMatch(/rowProblem|parseIssue|\{\{|ENGLISH/);
        const why = ROW_PROBLEMS[k]!;
        if (language !== 'en')
          expect(text).not.toBe(
            issueText(english, { code: 'row-unreadable', params: { why, text: 'lots', max: 99 } }),
          );
      });
    },
  );

  it('gives an unreadable row its reason as a code with params, worded from the catalogue', async () => {
    const outcome = parseResultsText(
      'Pos,Country,Driver,Time,Points\n1,Spain,Jose Serrano,44:25.829,6\n2,Spain,Pol Urra,+0.287,lots\n',
    );
    const issue = outcome.issues.find((i) => i.code === 'row-unreadable')!;
    expect(issue.params).toEqual({
      why: 'not-points',
      text: 'lots',
      detail: '"lots" is not a number of points',
    });
    expect(issueText(await translator('es'), issue)).toBe(
      'No se puede leer esta fila: «lots» no es un número de puntos.',
    );
    expect(issueText(await translator('de'), issue)).toBe(
      'Diese Zeile kann nicht gelesen werden: „lots“ ist keine Punktzahl.',
    );
  });

  it('words the table and the data the parser gave', async () => {
    const outcome = parseResultsText(
      "Rank Country / Driver Time Points\n1 Spain Jose Serrano 44'25.829 6\n1 Spain Pol Urra +00.287 5\n",
    );
    const issue = outcome.issues.find((i) => i.code === 'duplicate-position')!;
    expect(issue.params).toEqual({ position: 1, table: '', firstLine: 2 });
    expect(issueText(await translator('en'), issue)).toBe(issue.message);
    expect(issueText(await translator('es'), issue)).toBe(
      'La posición 1 aparece dos veces en esta tabla (también en la línea 2).',
    );
    expect(
      issueText(await translator('de'), { ...issue, params: { ...issue.params, table: 'Race 1' } }),
    ).toBe('Position 1 kommt in “Race 1” zweimal vor (auch in Zeile 2).');
  });
});
