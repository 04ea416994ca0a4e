export const FACT_YEARS: number[];
export function seasonFileFromFacts(year: number): unknown;
