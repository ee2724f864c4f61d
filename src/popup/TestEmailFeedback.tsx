import { checkTestEmail, describeEmailProblem, suggestTestEmail } from '../core/email';
import { randomHex } from '../core/random';

interface Props {
  id: string;
  email: string;
  registeredDomains: string[] | null;
  onSuggest: (email: string) => void;
}

/** The test email checked as the admin types: valid, and on a domain Trelica accepts. */
export function TestEmailFeedback({ id, email, registeredDomains, onSuggest }: Props) {
  const check = checkTestEmail(email, registeredDomains);
  const canSuggest = registeredDomains !== null && registeredDomains.length > 0;
  let verdict;
  if (check.problems.includes('empty')) {
    verdict = <p class="hint">A new address no Trelica user has yet, on a domain registered in Trelica.</p>;
  } else if (check.problems.includes('invalid')) {
    verdict = <p class="error">{describeEmailProblem('invalid', registeredDomains)}</p>;
  } else if (check.problems.includes('domain-not-registered')) {
    verdict = (
      <p class="warning" data-diagnosis="domain-not-registered">
        {describeEmailProblem('domain-not-registered', registeredDomains)}
      </p>
    );
  } else if (!check.domainsKnown) {
    verdict = (
      <p class="note">
        Trelica's registered domains are unknown, so this domain was not checked. Open Trelica: Settings &gt;
        Organization &gt; Domains once, and the extension will check it.
      </p>
    );
  } else {
    verdict = <p class="ok">Trelica accepts {check.domain}. It must still be an address no Trelica user has.</p>;
  }
  return (
    <div id={id} class="feedback" aria-live="polite">
      {verdict}
      {canSuggest && check.problems.length > 0 && (
        <button
          type="button"
          class="link-button"
          onClick={() => {
            const suggestion = suggestTestEmail(registeredDomains, () => randomHex(4));
            if (suggestion) onSuggest(suggestion);
          }}
        >
          Suggest an address
        </button>
      )}
    </div>
  );
}
