// Sample extension states and verdicts for the popup, checklist, fields and report tests: one
// valid State, overridden per case, and connection test and rehearsal results by diagnosis.
import { buildChecklist, type ChecklistItem } from '../../src/core/checklist';
import type { IdpId } from '../../src/core/idp/ids';
import type { State } from '../../src/core/messages';
import type { StepId } from '../../src/core/steps';
import { EMPTY_PROGRESS, toState } from '../../src/core/progress';
import type { DiagnosisCode } from '../../src/core/diagnosis';
import type { ConnectionTestResult, RehearsalResult, RehearsalStep } from '../../src/core/scim/results';
import { tokenFingerprint, type Tested } from '../../src/core/tested';

/** A token that must never appear in the DOM or in a report. */
export const SECRET_TOKEN = 'tk_live_9f8e7d6c5b4a39281706f5e4d3c2b1a0';
/** Its fingerprint, as the vault reports it for the stored token. */
export const STORED_FINGERPRINT = (await tokenFingerprint(SECRET_TOKEN))!;
export const CAPTURED_URL = 'https://app.trelica.com/api/scim/v2';
export const TEST_EMAIL = 'scim-test@example.com';

type Nested = 'token' | 'trelica' | 'jumpcloud';
export type StateOverrides = Partial<Omit<State, Nested>> & {
  token?: Partial<State['token']>;
  trelica?: Partial<State['trelica']>;
  jumpcloud?: Partial<State['jumpcloud']>;
};

export function makeState(o: StateOverrides = {}): State {
  const base = toState(EMPTY_PROGRESS, null);
  return {
    ...base,
    ...o,
    token: { ...base.token, ...o.token },
    trelica: { ...base.trelica, ...o.trelica },
    jumpcloud: { ...base.jumpcloud, ...o.jumpcloud },
  };
}

/** Credentials captured: Base URL and a (masked) token present. */
export const CAPTURED: StateOverrides = {
  baseUrl: CAPTURED_URL,
  token: {
    present: true,
    masked: 'tk_l…b1a0',
    fingerprint: STORED_FINGERPRINT,
    expiresAt: Date.UTC(2030, 0, 1, 12, 30),
  },
  trelica: { capturedAt: Date.UTC(2030, 0, 1, 12, 0), scimState: 'enabled' },
};

/** What a run on the CAPTURED credentials tested. */
export const TESTED: Tested = { baseUrl: CAPTURED_URL, tokenFingerprint: STORED_FINGERPRINT, tokenMasked: 'tk_l…b1a0' };

/** A run's `tested`: it replayed `dialect`'s calls on the CAPTURED credentials (`rehearsed`: with TEST_EMAIL). */
export const testedOn = (dialect: IdpId, rehearsed = false): Pick<ConnectionTestResult, 'tested'> => ({
  tested: { ...TESTED, ...(rehearsed ? { testEmail: TEST_EMAIL } : {}), dialect },
});

/** The checklist of an admin who chose `idp` (its page facts given whole), over `o`. */
export function idpChecklist<K extends 'okta' | 'entra'>(
  idp: K,
  facts: State[K],
  o: StateOverrides = {},
  idpAccess = true,
): ChecklistItem[] {
  const state: State = { ...makeState(o), idp: { chosen: idp, by: 'admin' }, [idp]: facts };
  return buildChecklist({ ...state, hostAccess: true, idpAccess });
}

/** One step of a checklist, by id (it must be there). */
export const stepOf = (items: readonly ChecklistItem[], id: StepId): ChecklistItem => items.find((i) => i.id === id)!;

export function connectionTest(
  verdict: DiagnosisCode,
  extra: Partial<ConnectionTestResult> = {},
): ConnectionTestResult {
  return {
    kind: 'connection-test',
    verdict,
    detail: verdict === 'ok' ? 'GET /Users answered 200 with a SCIM ListResponse' : `GET /Users failed: ${verdict}`,
    evidence: [
      {
        method: 'GET',
        path: '/Users?startIndex=1&count=1',
        status: verdict === 'ok' ? 200 : verdict === 'timeout' ? null : 401,
        ms: 123,
        excerpt: verdict === 'ok' ? '{"totalResults":3}' : '{"detail":"Unauthorized"}',
      },
    ],
    at: Date.UTC(2030, 0, 1, 12, 5),
    tested: TESTED,
    ...extra,
  };
}

const STEP_IDS: RehearsalStep['id'][] = ['check-absent', 'create', 'update', 'delete', 'confirm-gone'];

export function rehearsal(verdict: DiagnosisCode, extra: Partial<RehearsalResult> = {}): RehearsalResult {
  // A failure stops the run: the failing step is failed, the later ones skipped.
  const failAt = verdict === 'ok' ? -1 : verdict === 'cleanup-failed' ? 3 : verdict === 'user-exists' ? 0 : 1;
  const steps: RehearsalStep[] = STEP_IDS.map((id, i) => ({
    id,
    outcome: failAt < 0 || i < failAt ? 'passed' : i === failAt ? 'failed' : 'skipped',
    detail: `${id} detail`,
    ...(i <= failAt || failAt < 0
      ? {
          evidence: {
            method: 'GET' as const,
            path: `/Users/${id}`,
            status: i === failAt ? 400 : 200,
            ms: 10 + i,
            excerpt: `${id} excerpt`,
          },
        }
      : {}),
  }));
  return {
    kind: 'rehearsal',
    verdict,
    detail: `rehearsal ${verdict}`,
    testEmail: TEST_EMAIL,
    steps,
    at: Date.UTC(2030, 0, 1, 12, 10),
    tested: { ...TESTED, testEmail: TEST_EMAIL },
    ...(verdict === 'cleanup-failed' ? { userId: '0123456789abcdef0123456789abcdef' } : {}),
    ...extra,
  };
}
