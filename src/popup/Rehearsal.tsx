import { useEffect, useRef, useState } from 'preact/hooks';
import { send } from '../platform/send';
import type { RehearsalResult, RehearsalStepId } from '../core/scim/results';
import { ActionButton } from './ActionButton';
import { CopyReport } from './CopyReport';
import { EvidenceItem, RunVerdict } from './Verdict';
import { useScimRun } from './useScimRun';
import type { ReportContext, Run } from './types';

const STEP_LABELS: Readonly<Record<RehearsalStepId, string>> = {
  'check-absent': 'Check no user has the test email',
  create: 'Create the test user',
  update: 'Update it',
  delete: 'Delete it',
  'confirm-gone': 'Confirm it is gone',
};

const OUTCOME_WORDS = { passed: 'passed', failed: 'failed', skipped: 'skipped' } as const;

interface Props {
  result: RehearsalResult | null;
  testEmail: string | null;
  busy: boolean;
  run: Run;
  onResult: (result: RehearsalResult) => void;
  report: ReportContext;
}

/** "Rehearse activation": what JumpCloud's Activate does, done first, behind a confirmation. */
export function Rehearsal({ result, testEmail, busy, run, onResult, report }: Props) {
  const [confirming, setConfirming] = useState(false);
  const { refusal, start } = useScimRun(
    run,
    'Rehearsing activation: creating, updating and deleting the test user in Trelica…',
    () => send({ type: 'popup/rehearse' }),
    onResult,
  );
  const openButton = useRef<HTMLButtonElement>(null);
  const firstChoice = useRef<HTMLButtonElement>(null);

  const returnFocus = useRef(false);

  // Keyboard users land on the choice they must make, and back where they were after it.
  useEffect(() => {
    if (confirming) {
      firstChoice.current?.focus();
    } else if (returnFocus.current) {
      returnFocus.current = false;
      openButton.current?.focus();
    }
  }, [confirming]);

  const close = () => {
    returnFocus.current = true;
    setConfirming(false);
  };

  const rehearse = () => {
    close();
    void start();
  };

  return (
    <section aria-labelledby="rehearsal-heading">
      <h2 id="rehearsal-heading">Activation rehearsal</h2>
      <p class="hint">
        Does what JumpCloud's "Activate" does: creates a user with the test email, updates it, deletes it. A pass here
        means Activate will pass.
      </p>
      <ActionButton
        busy={busy}
        buttonRef={openButton}
        onClick={() => setConfirming(true)}
        aria-expanded={confirming}
        aria-controls={confirming ? 'rehearsal-confirm' : undefined}
      >
        Rehearse activation
      </ActionButton>
      {confirming && (
        <div
          id="rehearsal-confirm"
          role="group"
          aria-labelledby="rehearsal-confirm-text"
          class="confirm"
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
        >
          {testEmail ? (
            <p id="rehearsal-confirm-text">
              A temporary user <strong>{testEmail}</strong> will be created in Trelica, updated, then deleted. Go ahead?
            </p>
          ) : (
            <p id="rehearsal-confirm-text">
              Set a test user email under Credentials first: the rehearsal creates a temporary user with it.
            </p>
          )}
          {testEmail && (
            <button type="button" ref={firstChoice} onClick={rehearse}>
              Create and delete the test user
            </button>
          )}
          <button type="button" ref={testEmail ? undefined : firstChoice} onClick={close}>
            Cancel
          </button>
        </div>
      )}
      {!refusal && result && (
        <ol aria-label="Rehearsal steps" class="rehearsal-steps">
          {result.steps.map((step) => (
            <li key={step.id} data-rehearsal-step={step.id} data-outcome={step.outcome} class={`outcome-${step.outcome}`}>
              <strong>{STEP_LABELS[step.id]}</strong>: {OUTCOME_WORDS[step.outcome]}
              <p class="detail">{step.detail}</p>
              {step.evidence && (
                <details class="evidence">
                  <summary>Evidence</summary>
                  <ul>
                    <EvidenceItem evidence={step.evidence} />
                  </ul>
                </details>
              )}
            </li>
          ))}
        </ol>
      )}
      <RunVerdict
        label="Rehearsal verdict"
        refusal={refusal}
        result={result}
        extra={result?.userId ? `Temporary user id: ${result.userId}` : undefined}
      />
      {!refusal && result && <CopyReport input={{ ...report, result }} />}
    </section>
  );
}
