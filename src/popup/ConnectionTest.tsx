import { send } from './send';
import { staleSince, type FieldFacts, type PopupFields } from '../core/fields';
import type { ConnectionTestResult } from '../core/scim/results';
import { ActionButton } from './ActionButton';
import { CopyReport } from './CopyReport';
import { EvidenceList, RunVerdict } from './Verdict';
import { useScimRun } from './useScimRun';
import { profileOf } from '../core/idp/profiles';
import type { ReportContext, Run } from './types';

interface Props {
  facts: FieldFacts;
  /** The fields as shown now: the test runs on exactly these. */
  fields: PopupFields;
  busy: boolean;
  run: Run;
  onResult: (result: ConnectionTestResult) => void;
  report: ReportContext;
}

/** "Test connection": the core connection test on the fields' values, run by the background. */
export function ConnectionTest({ facts, fields, busy, run, onResult, report }: Props) {
  const { refusal, start } = useScimRun(
    run,
    'Testing the connection to Trelica…',
    () =>
      send({
        type: 'popup/test-connection',
        baseUrl: fields.baseUrl,
        ...(fields.token.trim() ? { token: fields.token } : {}),
      }),
    onResult,
  );
  const result = facts.lastConnectionTest;
  const profile = profileOf(facts.idp.chosen);
  return (
    <section aria-labelledby="test-heading">
      <h2 id="test-heading">Connection test</h2>
      <p class="hint">
        Reads from Trelica with the Base URL and token above, as {profile.name}'s "{profile.testButton}" does.
      </p>
      <ActionButton busy={busy} onClick={() => void start()}>
        Test connection
      </ActionButton>
      <RunVerdict
        label="Connection test verdict"
        refusal={refusal}
        result={result}
        stale={result ? staleSince(result, facts) : []}
      />
      {!refusal && result && (
        <>
          <EvidenceList evidence={result.evidence} />
          <CopyReport input={{ ...report, result }} label="Copy test report" />
        </>
      )}
      {!refusal && !result && <p class="hint">Not tested yet.</p>}
    </section>
  );
}
