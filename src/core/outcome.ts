// What JumpCloud said after "Test Connection" or "Activate", read from what it shows (a toast,
// an alert, an inline message, the status badge): success, failure, or nothing we can tell.
// JumpCloud gives no reason either way (Trelica's article: it "doesn't report specific
// errors"), so the words are kept verbatim for the admin and never guessed beyond these rules.
// Pure and dependency-free: the JumpCloud content script loads it.

export const OUTCOME_ACTIONS = ['test-connection', 'activate'] as const;
export type OutcomeAction = (typeof OUTCOME_ACTIONS)[number];
export type OutcomeResult = 'success' | 'failure' | 'unknown';

// Failure first: "unsuccessful", "not connected" and "problem activating" must never read as
// success. Whole words only ("unable to connect" is no "connected").
const FAILURE =
  /\b(problem|problems|fail|failed|failure|error|errors|invalid|unable|unsuccessful|could ?n[o']t|cannot|can't|not (connected|activated|verified))\b/i;
const SUCCESS =
  /\b(connected|connection (is )?ok|success|successful|successfully|succeeded|activated|verified|active|enabled)\b/i;

/** Longest text kept of what JumpCloud said. */
export const OUTCOME_TEXT_MAX = 200;

export function classifyOutcome(text: string): OutcomeResult {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t || t.length > OUTCOME_TEXT_MAX) return 'unknown';
  if (FAILURE.test(t)) return 'failure';
  return SUCCESS.test(t) ? 'success' : 'unknown';
}

/**
 * What JumpCloud's answer to one click means. Group Management appearing after a test is
 * JumpCloud's own sign of success (it shows the control only then), unless its words say it
 * failed. Both the page (what the panel says) and the background (what it records) judge so.
 */
export function judgeOutcome(seen: {
  action: OutcomeAction;
  text: string;
  groupManagementAppeared?: boolean | undefined;
}): OutcomeResult {
  const said = classifyOutcome(seen.text);
  const appeared = seen.action === 'test-connection' && seen.groupManagementAppeared === true;
  return appeared && said !== 'failure' ? 'success' : said;
}

// Entra ID says more than JumpCloud, in its notification after "Test Connection" and in the
// steps of "Provision on demand" (shared/reference/entra.md 4 and 6). Its failure carries an error
// code ("SystemForCrossDomainIdentityManagementCredentialValidationUnavailable"), details and a
// request id, so it runs longer than OUTCOME_TEXT_MAX; its verdict leads ("You appear to have
// entered invalid credentials…"), so the first OUTCOME_TEXT_MAX characters are judged, by the
// rules above (failure first) and Entra's own success words: "The supplied credentials are
// authorized to enable provisioning". "Testing connection to <app>" alone (while it runs) is unknown.
const ENTRA_SUCCESS = /\bauthorized to enable provisioning\b/i;

/** What Entra's notification (test-connection) or its on-demand steps (provision-on-demand) said. */
export function judgeEntraOutcome(text: string): OutcomeResult {
  const t = text.replace(/\s+/g, ' ').trim().slice(0, OUTCOME_TEXT_MAX);
  const said = classifyOutcome(t);
  return said === 'unknown' && ENTRA_SUCCESS.test(t) ? 'success' : said;
}
