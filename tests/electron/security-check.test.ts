import { describe, expect, it } from 'vitest';
import {
  classifyFindings,
  describeFinding,
  isProjectSource,
  isWholeReport,
  parseCsv,
  parseReport,
} from '../../scripts/security-check.mjs';

const ROOT = '/work/podium';

// The shape electronegativity 1.10 writes, header spaces included.
const REPORT = [
  'issue, severity, confidence, filename, location, sample, description, url',
  'CSP_GLOBAL_CHECK,"LOW","FIRM","renderer/index.html","5:0","default-src \'self\'; style-src \'self\'","One or more CSP directives detected seems to be vulnerable",https://github.com/doyensec/electronegativity/wiki/CSP_GLOBAL_CHECK',
  'LIMIT_NAVIGATION_GLOBAL_CHECK,"HIGH","CERTAIN","N/A","0:0",N/A,"Missing navigation limits using .on new-window and will-navigate events",https://x',
  'NODE_INTEGRATION_JS_CHECK,"INFORMATIONAL","FIRM","node_modules/foo/index.js","1:0","new BrowserWindow({ a, b })","Disable nodeIntegration",https://x',
  'SANDBOX_JS_CHECK,"MEDIUM","FIRM","out/main/index.js","10:2","x","Use sandbox",https://x',
  'OPEN_EXTERNAL_JS_CHECK,"MEDIUM","TENTATIVE","electron/main/index.ts","115:34","shell.openExternal(url)","Review the use of openExternal",https://x',
  'ELECTRON_VERSION_JSON_CHECK,"INFORMATIONAL","CERTAIN","package.json","1:0","{","Gets the electron version",https://x',
  'DANGEROUS_FUNCTIONS_JS_CHECK,"HIGH","FIRM","tests/e2e/run.mjs","3:1","eval(x)","Dangerous",https://x',
  '',
].join('\n');

describe('parseCsv', () => {
  it('handles quoted commas, doubled quotes, CRLF and newlines inside quotes', () => {
    expect(parseCsv('a,"b, c","say ""hi"""\r\n"multi\nline",2,3\n')).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['multi\nline', '2', '3'],
    ]);
  });
});

describe('isWholeReport', () => {
  it('accepts the report as written', () => {
    expect(isWholeReport(REPORT)).toBe(true);
  });

  it('refuses a report whose header landed over the start of the first row', () => {
    // Seen in CI: the asynchronous header write overwrote the opening of the CSP row, so its
    // closing quote opened a field that swallowed the next finding (one "finding" above LOW).
    const [header, ...rows] = REPORT.split('\n');
    const torn = `${header}\n${rows.join('\n').slice(header!.length + 1)}`;
    expect(classifyFindings(parseReport(torn), ROOT).failing.length).toBeGreaterThan(0);
    expect(isWholeReport(torn)).toBe(false);
  });

  it('refuses a report without its header', () => {
    expect(isWholeReport(REPORT.split('\n').slice(1).join('\n'))).toBe(false);
  });
});

describe('parseReport and classifyFindings', () => {
  const findings = parseReport(REPORT);

  it('reads every row with trimmed header names', () => {
    expect(findings).toHaveLength(7);
    expect(findings[0]).toEqual({
      issue: 'CSP_GLOBAL_CHECK',
      severity: 'LOW',
      confidence: 'FIRM',
      filename: 'renderer/index.html',
      location: '5:0',
      description: 'One or more CSP directives detected seems to be vulnerable',
    });
  });

  it('fails on findings above LOW in the sources, including app-wide ones', () => {
    const { failing, low, own, ignored } = classifyFindings(findings, ROOT);
    expect(failing.map((finding) => finding.issue)).toEqual([
      'LIMIT_NAVIGATION_GLOBAL_CHECK',
      'OPEN_EXTERNAL_JS_CHECK',
    ]);
    expect(low.map((finding) => finding.issue)).toEqual(['CSP_GLOBAL_CHECK']);
    expect(own).toHaveLength(4);
    expect(ignored).toBe(3);
  });

  it('passes a report with only LOW and informational findings', () => {
    const clean = findings.filter(
      (finding) => finding.severity === 'LOW' || finding.severity === 'INFORMATIONAL',
    );
    expect(classifyFindings(clean, ROOT).failing).toEqual([]);
  });

  it('fails on a severity it does not know rather than letting it through', () => {
    const odd = { ...findings[0]!, severity: 'CRITICAL' };
    expect(classifyFindings([odd], ROOT).failing).toEqual([odd]);
  });

  it('describes a finding on one line', () => {
    expect(describeFinding(findings[4]!)).toBe(
      '  MEDIUM OPEN_EXTERNAL_JS_CHECK (electron/main/index.ts:115:34) — Review the use of openExternal',
    );
    expect(describeFinding(findings[1]!)).toContain('(whole app)');
  });
});

describe('isProjectSource', () => {
  it.each([
    ['electron/main/index.ts', true],
    ['renderer/index.html', true],
    ['N/A', true],
    ['', true],
    [`${ROOT}/electron/preload/index.ts`, true],
    ['node_modules/x/index.js', false],
    ['out/main/index.js', false],
    ['release/linux-unpacked/resources/app.asar', false],
    ['dist-web/index.html', false],
    ['tests/e2e/run.mjs', false],
    [`${ROOT}/out/preload/index.cjs`, false],
  ])('%s → %s', (filename, expected) => {
    expect(isProjectSource(filename, ROOT)).toBe(expected);
  });
});
