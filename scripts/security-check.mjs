// `npm run security`: runs electronegativity offline over the repository and
// fails on any finding above LOW in the project's own sources. The tool
// itself exits 0 whatever it finds, so the gate reads its CSV report.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const SEVERITY_RANK = { INFORMATIONAL: 0, LOW: 1, MEDIUM: 2, HIGH: 3 };
/** Findings ranked above this fail the check (issue 2: "nothing above LOW"). */
export const MAX_ALLOWED_SEVERITY = 'LOW';
/** Build output, dependencies and tests are not the app's sources. */
export const IGNORED_DIRS = [
  'node_modules',
  'out',
  'dist',
  'dist-cli',
  'dist-web',
  'release',
  'tests',
  'coverage',
  'test-results',
];
/**
 * Needs the network to list Electron releases; offline it reports a false
 * positive. Electron upgrades are tracked through package.json instead.
 */
export const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

/**
 * Minimal RFC 4180 parser: quoted fields may hold commas, quotes ("") and newlines.
 * @param {string} text
 * @returns {string[][]}
 */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += char;
    }
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell.trim() !== ''));
}

/**
 * The report's rows as objects, keyed by the (trimmed) header names.
 * @param {string} csv
 */
export function parseReport(csv) {
  const [header, ...rows] = parseCsv(csv);
  if (!header) return [];
  const keys = header.map((name) => name.trim().toLowerCase());
  return rows.map((cells) => {
    /** @type {Record<string, string>} */
    const record = {};
    keys.forEach((key, index) => {
      record[key] = (cells[index] ?? '').trim();
    });
    return {
      issue: record.issue ?? '',
      severity: (record.severity ?? '').toUpperCase(),
      confidence: record.confidence ?? '',
      filename: record.filename ?? '',
      location: record.location ?? '',
      description: record.description ?? '',
    };
  });
}

/** The header electronegativity writes first; every check id is upper snake case. */
const REPORT_HEADER = 'issue, severity, confidence, filename, location, sample, description, url';

/**
 * Whether a report was written whole. electronegativity writes its header with an
 * asynchronous `fs.writeFile` while the rows are appended, so the header can land
 * over the start of the first row: the quotes then pair up wrongly and two
 * findings read as one with a garbled severity. Such a report is read again
 * rather than trusted or misjudged.
 * @param {string} csv
 */
export function isWholeReport(csv) {
  if (!csv.startsWith(REPORT_HEADER)) return false;
  return parseReport(csv).every(
    (finding) => /^[A-Z0-9_]+$/.test(finding.issue) && finding.severity in SEVERITY_RANK,
  );
}

/**
 * Whether a finding concerns the project's own sources. Global checks
 * ("N/A" file) are about the app as a whole, so they count.
 * @param {string} filename
 * @param {string} root
 */
export function isProjectSource(filename, root) {
  if (!filename || filename === 'N/A') return true;
  const path = isAbsolute(filename) ? relative(root, filename) : filename;
  const first = path.split(/[\\/]/)[0];
  return !IGNORED_DIRS.includes(first ?? '') && !path.startsWith(`..${sep}`);
}

/**
 * @param {ReturnType<typeof parseReport>} findings
 * @param {string} root
 */
export function classifyFindings(findings, root) {
  const limit = SEVERITY_RANK[MAX_ALLOWED_SEVERITY];
  const own = findings.filter((finding) => isProjectSource(finding.filename, root));
  // An unknown severity fails rather than slipping through.
  const failing = own.filter((finding) => (SEVERITY_RANK[finding.severity] ?? Infinity) > limit);
  const low = own.filter((finding) => finding.severity === 'LOW');
  return { own, failing, low, ignored: findings.length - own.length };
}

/** @param {ReturnType<typeof parseReport>[number]} finding */
export function describeFinding(finding) {
  const where = finding.filename === 'N/A' ? 'whole app' : `${finding.filename}:${finding.location}`;
  return `  ${finding.severity.padEnd(6)} ${finding.issue} (${where}) — ${finding.description}`;
}

/** Folders holding the app's own code, searched for inline suppressions. */
const SOURCE_DIRS = ['electron', 'renderer', 'shared'];

/**
 * Every `eng-disable` comment in the sources, so suppressed checks stay
 * visible in the summary instead of silently disappearing from the report.
 * @param {string} root
 * @returns {string[]} "path:line" of each
 */
export function findSuppressions(root) {
  const found = [];
  const walk = (dir) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules') walk(path);
      } else if (/\.(ts|tsx|js|jsx|html)$/.test(entry.name)) {
        readFileSync(path, 'utf8')
          .split('\n')
          .forEach((line, index) => {
            if (/eng-disable/.test(line)) found.push(`${relative(root, path)}:${index + 1}`);
          });
      }
    }
  };
  for (const dir of SOURCE_DIRS) walk(join(root, dir));
  return found;
}

function main() {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const require = createRequire(join(root, 'package.json'));
  // Read the version from package.json: requiring 'electron' itself would try to download the binary.
  const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;
  const cli = join(dirname(require.resolve('@doyensec/electronegativity/package.json')), 'dist', 'index.js');
  const workDir = mkdtempSync(join(tmpdir(), 'podium-electronegativity-'));
  const csvPath = join(workDir, 'electronegativity.csv');

  try {
    let csv;
    // A torn report (see isWholeReport) is rare; a few runs always give a whole one.
    for (let attempt = 1; attempt <= 3 && csv === undefined; attempt++) {
      rmSync(csvPath, { force: true });
      const run = spawnSync(
        process.execPath,
        [cli, '-i', root, '-r', '-e', electronVersion, '-x', EXCLUDED_CHECKS.join(','), '-o', csvPath],
        { cwd: root, encoding: 'utf8', timeout: 5 * 60_000, maxBuffer: 64 * 1024 * 1024 },
      );
      let text;
      try {
        text = readFileSync(csvPath, 'utf8');
      } catch {
        console.error(run.stdout, run.stderr);
        console.error(`security: electronegativity produced no report (exit ${run.status ?? run.signal}).`);
        process.exitCode = 1;
        return;
      }
      if (isWholeReport(text)) csv = text;
      else
        console.warn(
          `security: electronegativity wrote a torn report (attempt ${attempt}); running it again.`,
        );
    }
    if (csv === undefined) {
      console.error('security: electronegativity wrote a torn report three times; nothing was judged.');
      process.exitCode = 1;
      return;
    }
    const { own, failing, low, ignored } = classifyFindings(parseReport(csv), root);
    if (failing.length > 0) {
      console.error(
        `security: ${failing.length} electronegativity finding(s) above ${MAX_ALLOWED_SEVERITY}:`,
      );
      for (const finding of failing) console.error(describeFinding(finding));
    }
    for (const finding of low) console.warn(describeFinding(finding));
    const suppressions = findSuppressions(root);
    for (const where of suppressions)
      console.warn(`  reviewed and suppressed inline (eng-disable): ${where}`);
    console.log(
      `security: electronegativity (Electron ${electronVersion}) — ${failing.length} above ${MAX_ALLOWED_SEVERITY}, ` +
        `${low.length} low, ${own.length - failing.length - low.length} informational` +
        (suppressions.length ? `, ${suppressions.length} suppressed inline after review` : '') +
        (ignored ? `, ${ignored} outside the project's sources ignored` : '') +
        (failing.length ? ' — FAILED' : ' — ok'),
    );
    if (failing.length > 0) process.exitCode = 1;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
