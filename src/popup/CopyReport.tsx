import { useState } from 'preact/hooks';
import { buildReport, type ReportInput } from '../core/report';
import { copyText } from './platform';
import { Outcome, type OutcomeMessage } from './Outcome';

/**
 * "Copy … report": the redacted plain-text report of one result, for a support ticket. Each
 * result's button names what it copies: two buttons both called "Copy report" would sound
 * the same to a screen reader.
 */
export function CopyReport({ input, label }: { input: ReportInput; label: string }) {
  const [outcome, setOutcome] = useState<OutcomeMessage>(null);
  const copy = () => {
    copyText(buildReport(input)).then(
      () => setOutcome({ ok: true, text: 'Report copied. It contains no token.' }),
      (error: unknown) =>
        setOutcome({ ok: false, text: `Could not copy the report: ${(error as Error)?.message ?? error}` }),
    );
  };
  return (
    <div class="copy-report">
      <button type="button" onClick={copy}>
        {label}
      </button>
      <Outcome message={outcome} inline />
      {input.supportContact && <p class="hint">Your organization's support: {input.supportContact}</p>}
    </div>
  );
}
