import { useState } from 'preact/hooks';
import { send } from './send';
import { describeBaseUrlFix, describeBaseUrlProblem, normalizeBaseUrl } from '../core/base-url';
import { describeTokenFix, describeTokenProblem, normalizeToken } from '../core/token';
import type { FieldFacts } from '../core/fields';
import type { State } from '../core/messages';
import { ActionButton } from './ActionButton';
import { TYPED_TOKEN_OFF } from '../core/policy';
import { Outcome, type OutcomeMessage } from './Outcome';
import { TestEmailFeedback } from './TestEmailFeedback';
import type { Fields } from './useFields';
import type { Run } from './types';

interface Props {
  /** The state as the fields make it (core/fields.ts). */
  facts: FieldFacts;
  fields: Fields;
  busy: boolean;
  run: Run;
  onState: (state: State) => void;
}

/** Normalization feedback under a field: what will be used, and what must be fixed by hand. */
function Feedback({
  id,
  fixes,
  problems,
  usedAs,
}: {
  id: string;
  fixes: string[];
  problems: string[];
  usedAs?: string | null;
}) {
  return (
    <div id={id} class="feedback" aria-live="polite">
      {problems.map((p) => (
        <p key={p} class="error">
          {p}
        </p>
      ))}
      {problems.length === 0 && fixes.length > 0 && (
        <p class="fix">
          Fixed as it is used: {fixes.join('; ')}.{usedAs ? ` Used as ${usedAs}` : ''}
        </p>
      )}
    </div>
  );
}

function expiryText(expiresAt: number | null): string {
  if (expiresAt === null) return '';
  return ` Forgotten at ${new Date(expiresAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}.`;
}

export function Credentials({ facts, fields, busy, run, onState }: Props) {
  const [showToken, setShowToken] = useState(false);
  const [message, setMessage] = useState<OutcomeMessage>(null);
  const { values, set, flush } = fields;

  const url = values.baseUrl.trim() ? normalizeBaseUrl(values.baseUrl) : null;
  const typed = values.token.trim() ? normalizeToken(values.token) : null;
  const stored = facts.token.present && !typed;

  const forget = () =>
    void run('Forgetting the token…', async () => {
      const reply = await send({ type: 'popup/forget-token' });
      if (!reply.ok) return setMessage({ ok: false, text: reply.message });
      onState(reply.state);
      set('token', '');
      setMessage({ ok: true, text: 'Token forgotten.' });
    });

  // The organization may allow only a captured token: the field is then off, saying why.
  const typingAllowed = facts.policy.allowTypedToken;
  const unlessTyped = typingAllowed ? ' It is used unless you type another.' : '';
  const storedToken = stored
    ? `Stored: ${facts.token.masked ?? 'yes'}.${expiryText(facts.token.expiresAt)}${unlessTyped}`
    : '';
  const tokenStatus = typed ? 'The token typed here is used.' : storedToken || 'No token yet.';

  const tokenInput = {
    id: 'token',
    value: values.token,
    placeholder: stored
      ? (facts.token.masked ?? '')
      : typingAllowed
        ? 'Paste the Bearer token'
        : 'Captured from Trelica only',
    autocomplete: 'off',
    spellcheck: false,
    disabled: !typingAllowed,
    'aria-invalid': typed ? typed.problems.length > 0 : undefined,
    'aria-describedby': typingAllowed ? 'token-status token-feedback' : 'token-status token-policy',
    onInput: (event: Event) => set('token', (event.currentTarget as HTMLInputElement).value),
    onChange: flush,
  };

  return (
    <section aria-labelledby="credentials-heading">
      <h2 id="credentials-heading">Credentials</h2>
      <p class="hint">What you type here is kept as you type, and is what the tests below use.</p>
      <form noValidate onSubmit={(event) => event.preventDefault()}>
        <label for="base-url">Base URL</label>
        <input
          id="base-url"
          type="url"
          value={values.baseUrl}
          placeholder="https://app.trelica.com/api/scim/v2"
          autocomplete="off"
          spellcheck={false}
          aria-invalid={url ? url.problems.length > 0 : undefined}
          aria-describedby="base-url-feedback"
          onInput={(event) => set('baseUrl', event.currentTarget.value)}
          onChange={flush}
        />
        <Feedback
          id="base-url-feedback"
          fixes={url?.fixes.map(describeBaseUrlFix) ?? []}
          problems={url?.problems.map(describeBaseUrlProblem) ?? []}
          usedAs={url?.url}
        />

        <label for="token">Bearer token</label>
        {/* Two spellings because the input typings tie the attributes allowed to each type. */}
        {showToken ? <input type="text" {...tokenInput} /> : <input type="password" {...tokenInput} />}
        <p id="token-status" class="hint">
          {tokenStatus} {typingAllowed && 'Only a token typed here can be shown.'}
        </p>
        {typingAllowed ? (
          <label class="inline">
            <input
              type="checkbox"
              checked={showToken}
              onChange={(event) => setShowToken(event.currentTarget.checked)}
            />
            Show token
          </label>
        ) : (
          <p id="token-policy" class="hint">
            {TYPED_TOKEN_OFF}
          </p>
        )}
        <Feedback
          id="token-feedback"
          fixes={typed?.fixes.map(describeTokenFix) ?? []}
          problems={typed?.problems.map(describeTokenProblem) ?? []}
        />

        <label for="test-email">Test user email</label>
        <input
          id="test-email"
          type="email"
          value={values.testEmail}
          placeholder={facts.policy.testEmailDomain ? `scim-test@${facts.policy.testEmailDomain}` : undefined}
          autocomplete="off"
          spellcheck={false}
          aria-describedby="test-email-feedback"
          onInput={(event) => set('testEmail', event.currentTarget.value)}
          onChange={flush}
        />
        <TestEmailFeedback
          id="test-email-feedback"
          email={values.testEmail}
          registeredDomains={facts.registeredDomains}
          onSuggest={(email) => {
            set('testEmail', email);
            flush();
          }}
        />

        {(facts.token.present || typed) && (
          <div class="row">
            <ActionButton busy={busy} onClick={forget}>
              Forget token
            </ActionButton>
          </div>
        )}
        <Outcome message={message} />
      </form>
    </section>
  );
}
