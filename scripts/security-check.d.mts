// Types for tests importing the plain-JS gate.
export interface Finding {
  issue: string;
  severity: string;
  confidence: string;
  filename: string;
  location: string;
  description: string;
}
export const SEVERITY_RANK: Record<'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH', number>;
export const MAX_ALLOWED_SEVERITY: 'LOW';
export const IGNORED_DIRS: string[];
export const EXCLUDED_CHECKS: string[];
export function parseCsv(text: string): string[][];
export function parseReport(csv: string): Finding[];
export function isWholeReport(csv: string): boolean;
export function isProjectSource(filename: string, root: string): boolean;
export function classifyFindings(
  findings: Finding[],
  root: string,
): { own: Finding[]; failing: Finding[]; low: Finding[]; ignored: number };
export function describeFinding(finding: Finding): string;
export function findSuppressions(root: string): string[];
