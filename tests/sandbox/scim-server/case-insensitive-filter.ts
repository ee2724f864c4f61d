// scimmy's Filter.match compares strings exactly, but RFC 7643 makes userName and emails
// caseExact=false, and clients (Okta's tester, JumpCloud) rely on `userName eq` ignoring case.
// So both the filter's values and the users are folded to lower case before matching,
// except attributes that are case-exact or compared as dates.
import SCIMMY from 'scimmy';

const NOT_FOLDED = new Set(['id', 'externalid', 'meta']);

function fold(value: unknown): unknown {
  if (typeof value === 'string') return value.toLowerCase();
  if (Array.isArray(value)) return value.map(fold);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [key, NOT_FOLDED.has(key.toLowerCase()) ? inner : fold(inner)]),
    );
  }
  return value;
}

/**
 * Matches one item at a time: scimmy's match throws a TypeError on an item that lacks a complex
 * attribute the filter dives into (e.g. `emails.value eq ...` on a user without emails).
 */
function matches(filter: SCIMMY.Types.Filter, item: unknown): boolean {
  try {
    return filter.match([item]).length > 0;
  } catch (error) {
    if (error instanceof TypeError) return false;
    throw error;
  }
}

/** The subset of `items` matching `filter`, comparing strings without regard to case. */
export function matchIgnoringCase<T extends object>(filter: SCIMMY.Types.Filter, items: readonly T[]): T[] {
  const folded = new SCIMMY.Types.Filter(fold([...filter]));
  return items.filter((item) => matches(folded, fold(item)));
}
