import { send } from '../platform/send';
import type { ConnectionTestResult } from '../core/scim/results';
import { ActionButton } from './ActionButton';
import { CopyReport } from './CopyReport';
import { EvidenceList, RunVerdict } from './Verdict';
import { useScimRun } from './useScimRun';
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
  const { refusal, start } = useScimRun(run, 'Testing the connection to Trelica…', () => send({ type: 'popup/test-connection' }), onResult);
  const test = () => void start();

  const shown = refusal ?? result;
  return (
    <section aria-labelledby="test-heading">
      <h2 id="test-heading">Connection test</h2>
      <p class="hint">Reads one user from Trelica with your Base URL and token, as JumpCloud's "Test Connection" does.</p>
      <ActionButton busy={busy} onClick={test}>
        Test connection
      </ActionButton>
      <RunVerdict label="Connection test verdict" refusal={refusal} result={result} />
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
