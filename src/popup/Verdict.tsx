// A verdict in the diagnosis vocabulary, and the evidence behind it: shared by the connection
// test and the rehearsal so both read the same way.
import { diagnose, type DiagnosisCode } from '../core/diagnosis';
import { STEP_TITLES } from '../core/checklist';
import type { ErrorReply } from '../core/messages';
import type { Evidence } from '../core/scim/results';
import { describeStale, type StaleField, type Tested } from '../core/tested';

interface VerdictProps {
  /** Names the live region for assistive technology ("Connection test verdict"). */
  label: string;
  code: DiagnosisCode | null;
  detail?: string | undefined;
  retryAfterSeconds?: number | undefined;
  /** Shown after the fix, e.g. the id of a temporary user left behind. */
  extra?: string | undefined;
  /** What the run tested, and which of those inputs have changed since. */
  tested?: Tested | undefined;
  stale?: readonly StaleField[] | undefined;
}

/** "Tested: https://… with token abcd…wxyz and test email x@y": what a verdict speaks for. */
function TestedLine({ tested }: { tested: Tested }) {
  return (
    <p class="tested">
      Tested: <code>{tested.baseUrl || '(no Base URL)'}</code>, token {tested.tokenMasked ?? '(none)'}
      {tested.testEmail !== undefined && <>, test email {tested.testEmail || '(none)'}</>}.
    </p>
  );
}

/**
 * The region stays in the document (empty until a verdict exists) so screen readers announce
 * the verdict when it arrives; data-diagnosis carries the code for tests and support, and
 * data-stale says the fields no longer hold what it tested.
 */
export function Verdict({ label, code, detail, retryAfterSeconds, extra, tested, stale = [] }: VerdictProps) {
  const d = code ? diagnose(code) : null;
  const isStale = d !== null && stale.length > 0;
  return (
    <div
      role="status"
      aria-label={label}
      data-diagnosis={code ?? undefined}
      data-stale={d ? String(isStale) : undefined}
      class={
        d
          ? `verdict ${d.code === 'ok' ? 'verdict-ok' : 'verdict-bad'}${isStale ? ' verdict-stale' : ''}`
          : 'verdict-empty'
      }
    >
      {d && (
        <>
          <h3>{d.title}</h3>
          {isStale && (
            <p class="stale">Out of date: {describeStale(stale)} changed since. Run it again for the values above.</p>
          )}
          {tested && <TestedLine tested={tested} />}
          {detail && <p class="detail">{detail}</p>}
          {d.code !== 'ok' && (
            <dl>
              <dt>Cause</dt>
              <dd>{d.cause}</dd>
              <dt>Fix</dt>
              <dd>{d.fix}</dd>
              <dt>Step to revisit</dt>
              <dd>{STEP_TITLES[d.step]}</dd>
            </dl>
          )}
          {retryAfterSeconds !== undefined && (
            <p>Trelica asks to wait {retryAfterSeconds} seconds before trying again.</p>
          )}
          {extra && <p>{extra}</p>}
        </>
      )}
    </div>
  );
}

interface RunVerdictProps {
  label: string;
  refusal: ErrorReply | null;
  result: {
    verdict: DiagnosisCode;
    detail: string;
    retryAfterSeconds?: number | undefined;
    tested?: Tested | undefined;
  } | null;
  stale: readonly StaleField[];
  /** Shown with a result, never with a refusal. */
  extra?: string | undefined;
}

/**
 * A run's verdict: a refusal (nothing was sent) wins over the last stored result. A refusal
 * without a diagnosis code has no verdict to show, so it is an alert of its own.
 */
export function RunVerdict({ label, refusal, result, stale, extra }: RunVerdictProps) {
  return (
    <>
      {refusal && !refusal.code && (
        <p role="alert" class="error">
          {refusal.message}
        </p>
      )}
      {refusal ? (
        <Verdict label={label} code={refusal.code ?? null} detail={refusal.message} />
      ) : (
        <Verdict
          label={label}
          code={result?.verdict ?? null}
          detail={result?.detail}
          retryAfterSeconds={result?.retryAfterSeconds}
          extra={extra}
          tested={result?.tested}
          stale={stale}
        />
      )}
    </>
  );
}

export function EvidenceList({ evidence }: { evidence: Evidence[] }) {
  if (evidence.length === 0) return null;
  return (
    <details class="evidence">
      <summary>
        Evidence ({evidence.length} {evidence.length === 1 ? 'request' : 'requests'})
      </summary>
      <ol>
        {evidence.map((e, i) => (
          <EvidenceItem key={i} evidence={e} />
        ))}
      </ol>
    </details>
  );
}

export function EvidenceItem({ evidence: e }: { evidence: Evidence }) {
  return (
    <li data-method={e.method} data-status={e.status ?? 'none'}>
      <code>
        {e.method} {e.path}
      </code>{' '}
      → {e.status ?? 'no response'} in {Math.round(e.ms)} ms
      {e.excerpt && <pre>{e.excerpt}</pre>}
    </li>
  );
}
