import { useEffect, useRef, useState } from 'preact/hooks';
import { send } from './send';
import { checkTestEmail } from '../core/email';
import { staleSince, type FieldFacts, type PopupFields } from '../core/fields';
import type { RehearsalResult, RehearsalStepId } from '../core/scim/results';
import { ActionButton } from './ActionButton';
import { REHEARSAL_OFF } from '../core/policy';
import { CopyReport } from './CopyReport';
import { EvidenceItem, RunVerdict } from './Verdict';
import { useScimRun } from './useScimRun';
import { profileOf } from '../core/idp/profiles';
import type { ReportContext, Run } from './types';

const STEP_LABELS: Readonly<Record<RehearsalStepId, string>> = {
  'check-absent': 'Check no user has the test email',
  create: 'Create the test user',
  update: 'Update it',
  delete: 'Delete it',
  'confirm-gone': 'Confirm it is gone',
  'read-back': 'Read it back',
  deactivate: 'Deactivate it',
};

const OUTCOME_WORDS = { passed: 'passed', failed: 'failed', skipped: 'skipped' } as const;

interface Props {
  facts: FieldFacts;
  /** The fields as shown now: the rehearsal runs on exactly these. */
  fields: PopupFields;
  busy: boolean;
  run: Run;
  onResult: (result: RehearsalResult) => void;
  report: ReportContext;
}

/**
 * "Rehearse activation" (JumpCloud), "Rehearse assignment" (Okta): what the chosen IdP does to
 * Trelica when a user is provisioned, done first, behind a confirmation.
 */
export function Rehearsal({ facts, fields, busy, run, onResult, report }: Props) {
  const [confirming, setConfirming] = useState(false);
  const say = profileOf(facts.idp.chosen).words;
  const { refusal, start } = useScimRun(
    run,
    say.rehearsing,
    () =>
      send({
        type: 'popup/rehearse',
        baseUrl: fields.baseUrl,
        testEmail: fields.testEmail,
        ...(fields.token.trim() ? { token: fields.token } : {}),
      }),
    onResult,
  );
  const result = facts.lastRehearsal;
  // The address the confirmation names is the one the rehearsal will use.
  const testEmail = checkTestEmail(fields.testEmail, null).email;
  // A field with a problem creates no user: the background answers its code at once, so
  // there is nothing to confirm.
  const wouldSend = testEmail !== null && facts.baseUrl !== null && facts.token.present;
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
      <h2 id="rehearsal-heading">{say.rehearsal}</h2>
      <p class="hint">{say.rehearsalHint}</p>
      {facts.policy.allowRehearsal ? (
        <ActionButton
          busy={busy}
          buttonRef={openButton}
          onClick={() => (wouldSend ? setConfirming(true) : void start())}
          aria-expanded={confirming}
          aria-controls={confirming ? 'rehearsal-confirm' : undefined}
        >
          {say.rehearse}
        </ActionButton>
      ) : (
        <>
          <button type="button" disabled aria-describedby="rehearsal-policy">
            {say.rehearse}
          </button>
          <p id="rehearsal-policy" class="hint">
            {REHEARSAL_OFF}
          </p>
        </>
      )}
      {confirming && wouldSend && (
        <div
          id="rehearsal-confirm"
          role="group"
          aria-labelledby="rehearsal-confirm-text"
          class="confirm"
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
        >
          <p id="rehearsal-confirm-text">
            A temporary user <strong>{testEmail}</strong> will be created in Trelica, updated, then deleted. Go ahead?
          </p>
          <button type="button" ref={firstChoice} onClick={rehearse}>
            Create and delete the test user
          </button>
          <button type="button" onClick={close}>
            Cancel
          </button>
        </div>
      )}
      {!refusal && result && (
        <ol aria-label="Rehearsal steps" class="rehearsal-steps">
          {result.steps.map((step) => (
            <li
              key={step.id}
              data-rehearsal-step={step.id}
              data-outcome={step.outcome}
              class={`outcome-${step.outcome}`}
            >
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
        stale={result ? staleSince(result, facts) : []}
        extra={result?.userId ? `Temporary user id: ${result.userId}` : undefined}
      />
      {!refusal && result && <CopyReport input={{ ...report, result }} label="Copy rehearsal report" />}
    </section>
  );
}
