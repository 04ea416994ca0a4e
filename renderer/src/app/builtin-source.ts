/** File name shown as the source of a result that ships with a built-in season. */
export const BUILT_IN_RESULT_SOURCE = 'Official report (built in)';
