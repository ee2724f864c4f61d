import { useState } from 'preact/hooks';
import { buildReport, type ReportInput } from '../core/report';
import { copyText } from './platform';

/** "Copy report": the redacted plain-text report of one result, for a support ticket. */
export function CopyReport({ input }: { input: ReportInput }) {
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const copy = () => {
    copyText(buildReport(input)).then(
      () => setOutcome({ ok: true, text: 'Report copied. It contains no token.' }),
      (error: unknown) => setOutcome({ ok: false, text: `Could not copy the report: ${(error as Error)?.message ?? error}` }),
    );
  };
  return (
    <div class="copy-report">
      <button type="button" onClick={copy}>
        Copy report
      </button>
      <span role="status" class="hint">
        {outcome?.ok ? outcome.text : ''}
      </span>
      {outcome && !outcome.ok && (
        <span role="alert" class="error">
          {outcome.text}
        </span>
      )}
    </div>
  );
}
