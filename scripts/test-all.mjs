// `npm test`: every check the project has, in order, with one summary line at the end.
// Gates (typecheck, lint, security) count as one check each; vitest and e2e report
// their own test counts (vitest through its JSON reporter, e2e through its summary file).
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, mkdirSync, existsSync } from 'node:fs';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let passed = 0;
let failed = 0;
const failures = [];

function run(label, command, args) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function gate(label, command, args) {
  if (run(label, command, args)) passed++;
  else {
    failed++;
    failures.push(label);
  }
}

mkdirSync('test-results', { recursive: true });
gate('typecheck', npm, ['run', '--silent', 'typecheck']);
gate('lint + format', npm, ['run', '--silent', 'lint']);
gate('security (electronegativity)', npm, ['run', '--silent', 'security']);

const vitestJson = 'test-results/vitest.json';
rmSync(vitestJson, { force: true });
const vitestOk = run('unit + renderer tests (vitest)', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${vitestJson}`,
]);
if (existsSync(vitestJson)) {
  const report = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  if (report.numFailedTests > 0 || !vitestOk) failures.push('vitest');
  if (!vitestOk && report.numFailedTests === 0) failed++; // a suite failed to load
} else {
  failed++;
  failures.push('vitest (no report)');
}

const e2eJson = 'test-results/e2e-summary.json';
rmSync(e2eJson, { force: true });
const e2eOk = run('end-to-end tests (Chromium)', npm, ['run', '--silent', 'test:e2e']);
if (existsSync(e2eJson)) {
  const summary = JSON.parse(readFileSync(e2eJson, 'utf8'));
  passed += summary.passed;
  failed += summary.failed;
  if (!e2eOk) failures.push('e2e');
} else {
  failed++;
  failures.push('e2e (no summary: build or runner failed)');
}

if (failures.length) console.log(`\nFailed: ${failures.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
