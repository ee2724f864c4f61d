import { useState } from 'preact/hooks';
import { send } from '../platform/send';
import type { ErrorReply } from '../core/messages';
import type { ConnectionTestResult } from '../core/scim/results';
import { ActionButton } from './ActionButton';
import { CopyReport } from './CopyReport';
import { EvidenceList, Verdict } from './Verdict';
import type { ReportContext, Run } from './types';

interface Props {
  result: ConnectionTestResult | null;
  busy: boolean;
  run: Run;
  onResult: (result: ConnectionTestResult) => void;
  report: ReportContext;
}

/** "Test connection": the core connection test, run by the background, and its verdict. */
export function ConnectionTest({ result, busy, run, onResult, report }: Props) {
  // A refusal (no token, no access...) changes nothing stored, so it lives only here.
  const [refusal, setRefusal] = useState<ErrorReply | null>(null);

  const test = () =>
    void run('Testing the connection to Trelica…', async () => {
      const reply = await send({ type: 'popup/test-connection' });
      if (reply.ok) {
        setRefusal(null);
        onResult(reply.result);
      } else {
        setRefusal(reply);
      }
    });

  const shown = refusal ?? result;
  return (
    <section aria-labelledby="test-heading">
      <h2 id="test-heading">Connection test</h2>
      <p class="hint">Reads one user from Trelica with your Base URL and token, as JumpCloud's "Test Connection" does.</p>
      <ActionButton busy={busy} onClick={test}>
        Test connection
      </ActionButton>
      {refusal && !refusal.code && (
        <p role="alert" class="error">
          {refusal.message}
        </p>
      )}
      <Verdict
        label="Connection test verdict"
        code={refusal ? (refusal.code ?? null) : (result?.verdict ?? null)}
        detail={refusal ? refusal.message : result?.detail}
        retryAfterSeconds={refusal ? undefined : result?.retryAfterSeconds}
      />
      {!refusal && result && (
        <>
          <EvidenceList evidence={result.evidence} />
          <CopyReport input={{ ...report, result }} />
        </>
      )}
      {shown === null && <p class="hint">Not tested yet.</p>}
    </section>
  );
}
