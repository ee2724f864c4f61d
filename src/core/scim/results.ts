// What the connection test and the rehearsal hand back: plain data, validated at the message
// boundary, safe to show and to copy (never the token: excerpts are redacted by the client).
import { z } from '../zod';
import { DIAGNOSIS_CODES } from '../diagnosis';
import { DIALECT_IDS } from './dialects/types';
import { Email, Text } from '../fact-parts';

export const DiagnosisCodeSchema = z.enum(DIAGNOSIS_CODES);

export const EvidenceSchema = z.object({
  method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
  /** Path and query relative to the Base URL, for example "/Users?startIndex=1&count=1". */
  path: z.string(),
  /** HTTP status, or null when no response came (timeout, network error). */
  status: z.nullable(z.number()),
  ms: z.number(),
  /** A short, redacted excerpt of the response body (or of the error). */
  excerpt: z.string(),
});
export type Evidence = z.infer<typeof EvidenceSchema>;

/** What a run tested (core/tested.ts): absent only in results stored by older versions. */
export const TestedSchema = z.object({
  baseUrl: z.string(),
  tokenFingerprint: z.nullable(z.string()),
  tokenMasked: z.nullable(z.string()),
  testEmail: z.optional(z.string()),
  /** Whose SCIM calls the run replayed (core/scim/dialects); absent before Okta: JumpCloud's. */
  dialect: z.optional(z.enum(DIALECT_IDS)),
});

export const ConnectionTestResultSchema = z.object({
  kind: z.literal('connection-test'),
  verdict: DiagnosisCodeSchema,
  /** One specific sentence: what exactly was seen, e.g. "GET /Users answered 401". */
  detail: z.string(),
  retryAfterSeconds: z.optional(z.number()),
  evidence: z.array(EvidenceSchema),
  tested: z.optional(TestedSchema),
  at: z.number(),
});
export type ConnectionTestResult = z.infer<typeof ConnectionTestResultSchema>;

/**
 * Every step any dialect rehearses (dialects/). Results stored by older versions hold only the
 * first five, which JumpCloud's rehearsal still uses in this order; ids are added, never renamed.
 */
export const REHEARSAL_STEP_IDS = [
  'check-absent',
  'create',
  'update',
  'delete',
  'confirm-gone',
  'read-back',
  'deactivate',
] as const;
export type RehearsalStepId = (typeof REHEARSAL_STEP_IDS)[number];

export const RehearsalStepSchema = z.object({
  id: z.enum(REHEARSAL_STEP_IDS),
  outcome: z.enum(['passed', 'failed', 'skipped']),
  detail: z.string(),
  evidence: z.optional(EvidenceSchema),
});
export type RehearsalStep = z.infer<typeof RehearsalStepSchema>;

export const RehearsalResultSchema = z.object({
  kind: z.literal('rehearsal'),
  verdict: DiagnosisCodeSchema,
  detail: z.string(),
  testEmail: z.string(),
  /** The id of the temporary user, when one was created (always set on cleanup-failed). */
  userId: z.optional(z.string()),
  steps: z.array(RehearsalStepSchema),
  retryAfterSeconds: z.optional(z.number()),
  tested: z.optional(TestedSchema),
  at: z.number(),
});
export type RehearsalResult = z.infer<typeof RehearsalResultSchema>;

export const ProvisioningCheckSchema = z.object({
  kind: z.literal('provisioning-check'),
  verdict: DiagnosisCodeSchema,
  detail: z.string(),
  /** Users Trelica holds over SCIM; null when the list could not be read. */
  total: z.nullable(z.number()),
  /** The most recently changed (where the server sorts), newest first. */
  users: z.array(z.object({ userName: z.string(), changed: z.optional(z.string()) })),
  at: z.number(),
});
export type ProvisioningCheck = z.infer<typeof ProvisioningCheckSchema>;

export const CLEANUP_OUTCOMES = ['removed', 'already-gone', 'not-ours', 'failed'] as const;
export type CleanupOutcome = (typeof CLEANUP_OUTCOMES)[number];

/** What removing a journalled test user found (core/scim/cleanup.ts). */
export const CleanupResultSchema = z.object({
  runId: z.string().check(z.maxLength(64)),
  userName: Email,
  outcome: z.enum(CLEANUP_OUTCOMES),
  /** ok, or why the user could not be removed. */
  code: DiagnosisCodeSchema,
  detail: Text,
  at: z.number(),
});
export type CleanupResult = z.infer<typeof CleanupResultSchema>;
