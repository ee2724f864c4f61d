// The journal of what the extension creates in the customer's Trelica, and of the SCIM runs under
// way. A rehearsal creates a real user; if the browser dies (or the background is stopped)
// between the create and the delete, that user stays in a directory an admin audits. So the
// background writes an entry BEFORE it sends the create, and clears it only once the user is
// confirmed gone: an open entry after a restart names a test user that may be left behind.
// Pure: the background keeps the journal in storage.local (never the token: it is not needed to
// name the user, and a token must never reach disk).
import { z } from './zod';
import { Email, Text } from './fact-parts';
import { CleanupResultSchema, DiagnosisCodeSchema } from './scim/results';
import { readStored, type StoredKey } from './stored/read';

/** How many open entries are kept: more would mean something is badly wrong, not more to show. */
export const MAX_TEST_USERS = 20;
const MAX_RUNNING = 20;
const Id = z.string().check(z.maxLength(64));

/** A test user the extension is about to create, or created and has not seen gone yet. */
export const TestUserEntrySchema = z.object({
  /** The run that creates it: a run never cleans up the entry of a run still under way. */
  runId: Id,
  /** The test user's userName (the test email). */
  userName: Email,
  /** The Base URL it is created under (normalized): the only place it may be deleted from. */
  baseUrl: Text,
  /** When the create was about to be sent. */
  at: z.number(),
  /** The lookup just before the create found no user of that name: one found later is ours. */
  absentBefore: z.literal(true),
  /** Which token created it (core/tested.ts, a one-way fingerprint): a cleanup on its own uses only
   *  that token, since another may belong to another Trelica organization with the same Base URL. */
  tokenFingerprint: z.nullable(z.string().check(z.maxLength(100))),
  /** Trelica's id for it, once its answer to the create came back. */
  userId: z.optional(z.string().check(z.maxLength(200))),
  /** The last attempt to remove it, when one failed (what the popup shows). */
  lastAttempt: z.optional(z.object({ at: z.number(), code: DiagnosisCodeSchema, detail: Text })),
});
export type TestUserEntry = z.infer<typeof TestUserEntrySchema>;

export const RUN_KINDS = ['connection-test', 'rehearsal', 'provisioning-check', 'cleanup'] as const;
export type RunKind = (typeof RUN_KINDS)[number];

/** A SCIM run under way, written as it starts and removed as it ends. */
export const RunMarkerSchema = z.object({
  runId: Id,
  kind: z.enum(RUN_KINDS),
  baseUrl: Text,
  startedAt: z.number(),
  /** The background instance running it: a marker of another instance is a run cut short. */
  instance: Id,
  testEmail: z.optional(Email),
});
export type RunMarker = z.infer<typeof RunMarkerSchema>;

/** A run the background did not finish: it was stopped (or the browser closed) mid-run. */
export const InterruptedRunSchema = z.object({
  kind: z.enum(RUN_KINDS),
  baseUrl: Text,
  startedAt: z.number(),
  testEmail: z.optional(Email),
  /** When a later background found it. */
  foundAt: z.number(),
});
export type InterruptedRun = z.infer<typeof InterruptedRunSchema>;

export const JournalSchema = z.object({
  testUsers: z.array(TestUserEntrySchema).check(z.maxLength(MAX_TEST_USERS)),
  running: z.array(RunMarkerSchema).check(z.maxLength(MAX_RUNNING)),
  interrupted: z.nullable(InterruptedRunSchema),
  /** What the latest removals found, for the popup to report until dismissed. */
  cleaned: z.array(CleanupResultSchema).check(z.maxLength(MAX_RUNNING)),
});
export type Journal = z.infer<typeof JournalSchema>;

export const EMPTY_JOURNAL: Journal = Object.freeze({ testUsers: [], running: [], interrupted: null, cleaned: [] });

/**
 * storage.local "journal", a registered stored key (core/stored/registry.ts). v1: the shape
 * above, since 33aa07a. Damaged parts are dropped one by one, never the whole (the others name
 * real users), and the popup's reset note says the record was damaged.
 */
export const JOURNAL_KEY: StoredKey<Journal> = {
  key: 'journal',
  area: 'local',
  schema: JournalSchema,
  fallback: EMPTY_JOURNAL,
  migrations: [],
  label: 'the record of test users the extension created',
  sections: {
    testUsers: 'the record of test users the extension created',
    running: 'the record of runs under way',
    interrupted: 'the note of a run cut short',
    cleaned: 'the note of test users removed',
  },
};

/** Whatever storage held, as a journal: damaged parts are dropped, never the whole. */
export const readJournal = (raw: unknown): Journal => readStored(JOURNAL_KEY, raw).value;

/** Written before the create is sent; an entry of the same run is replaced. */
export function onCreating(j: Journal, entry: TestUserEntry): Journal {
  const others = j.testUsers.filter((e) => e.runId !== entry.runId);
  return { ...j, testUsers: [...others, entry].slice(-MAX_TEST_USERS) };
}

/** Trelica answered the create with this id. */
export function onCreated(j: Journal, runId: string, userId: string): Journal {
  return { ...j, testUsers: j.testUsers.map((e) => (e.runId === runId ? { ...e, userId } : e)) };
}

/** The user is confirmed gone (or was never created): the entry is closed. */
export function onGone(j: Journal, runId: string): Journal {
  return { ...j, testUsers: j.testUsers.filter((e) => e.runId !== runId) };
}

/** A removal failed: the entry stays open, with what went wrong. */
export function onAttempt(j: Journal, runId: string, attempt: NonNullable<TestUserEntry['lastAttempt']>): Journal {
  return { ...j, testUsers: j.testUsers.map((e) => (e.runId === runId ? { ...e, lastAttempt: attempt } : e)) };
}

export function onRunStart(j: Journal, marker: RunMarker): Journal {
  return { ...j, running: [...j.running.filter((m) => m.runId !== marker.runId), marker].slice(-MAX_RUNNING) };
}

export function onRunEnd(j: Journal, runId: string): Journal {
  return { ...j, running: j.running.filter((m) => m.runId !== runId) };
}

/**
 * At a background's start: runs marked by an earlier instance were cut short. The newest of
 * them is what the popup reports; the test users they may have left are in `testUsers` already.
 */
export function sweepInterrupted(j: Journal, instance: string, now: number): Journal {
  const stale = j.running.filter((m) => m.instance !== instance);
  if (stale.length === 0) return j;
  const newest = stale.reduce((a, b) => (b.startedAt > a.startedAt ? b : a));
  const { kind, baseUrl, startedAt, testEmail } = newest;
  return {
    ...j,
    running: j.running.filter((m) => m.instance === instance),
    interrupted: { kind, baseUrl, startedAt, ...(testEmail ? { testEmail } : {}), foundAt: now },
  };
}

/** The admin has read the notes: what was interrupted and what was removed. Open entries stay. */
export function dismissNotes(j: Journal): Journal {
  return { ...j, interrupted: null, cleaned: [] };
}

/** The journal's entries for test users, as the popup may see them (nothing secret is in them). */
export function leftovers(j: Journal, running: ReadonlySet<string>): TestUserEntry[] {
  return j.testUsers.filter((e) => !running.has(e.runId));
}

/** What the popup is shown of the journal: never the runs' internals. */
export const JournalViewSchema = z.object({
  /** Open entries: test users the extension created and has not seen gone. */
  testUsers: z.array(TestUserEntrySchema),
  interrupted: z.nullable(InterruptedRunSchema),
  cleaned: z.array(CleanupResultSchema),
});
export type JournalView = z.infer<typeof JournalViewSchema>;
export const EMPTY_JOURNAL_VIEW: JournalView = Object.freeze({ testUsers: [], interrupted: null, cleaned: [] });

export function journalView(j: Journal, running: ReadonlySet<string>): JournalView {
  return { testUsers: leftovers(j, running), interrupted: j.interrupted, cleaned: j.cleaned };
}
