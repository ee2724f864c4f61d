import { useState } from 'preact/hooks';
import { send } from '../platform/send';
import { describeBaseUrlFix, describeBaseUrlProblem, normalizeBaseUrl } from '../core/base-url';
import { describeTokenFix, describeTokenProblem, normalizeToken } from '../core/token';
import type { State } from '../core/messages';
import { ActionButton } from './ActionButton';
import { Outcome, type OutcomeMessage } from './Outcome';
import { TestEmailFeedback } from './TestEmailFeedback';
import type { Run } from './types';

interface Props {
  state: State;
  busy: boolean;
  run: Run;
  onState: (state: State) => void;
  /** The token typed in this popup session: the only token the popup ever holds. */
  typedToken: string;
  onTypedToken: (token: string) => void;
}

/** Normalization feedback under a field: what will be fixed, and what must be fixed by hand. */
function Feedback({ id, fixes, problems, saved }: { id: string; fixes: string[]; problems: string[]; saved?: string | null }) {
  return (
    <div id={id} class="feedback" aria-live="polite">
      {problems.map((p) => (
        <p key={p} class="error">
          {p}
        </p>
      ))}
      {problems.length === 0 && fixes.length > 0 && (
        <p class="fix">
          Will be fixed: {fixes.join('; ')}.{saved ? ` Saved as ${saved}` : ''}
        </p>
      )}
    </div>
  );
}

function expiryText(expiresAt: number | null): string {
  if (expiresAt === null) return '';
  return ` Forgotten at ${new Date(expiresAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}.`;
}

export function Credentials({ state, busy, run, onState, typedToken, onTypedToken }: Props) {
  const [baseUrl, setBaseUrl] = useState(state.baseUrl ?? '');
  const [testEmail, setTestEmail] = useState(state.testEmail ?? '');
  const [savedToken, setSavedToken] = useState('');
  const [showToken, setShowToken] = useState(false);
  const [message, setMessage] = useState<OutcomeMessage>(null);

  const urlEdited = baseUrl !== (state.baseUrl ?? '');
  const tokenEdited = typedToken !== '' && typedToken !== savedToken;
  const emailEdited = testEmail !== (state.testEmail ?? '');
  const url = urlEdited ? normalizeBaseUrl(baseUrl) : null;
  const token = tokenEdited ? normalizeToken(typedToken) : null;

  const save = () => {
    const edits: { baseUrl?: string; token?: string; testEmail?: string } = {};
    const wrong: string[] = [];
    if (url) url.url ? (edits.baseUrl = url.url) : wrong.push('the Base URL');
    if (token) token.token ? (edits.token = token.token) : wrong.push('the Bearer token');
    if (emailEdited) testEmail.trim() ? (edits.testEmail = testEmail.trim()) : wrong.push('the test user email');
    if (wrong.length > 0) return setMessage({ ok: false, text: `Nothing saved: fix ${wrong.join(' and ')} first.` });
    if (Object.keys(edits).length === 0) return setMessage({ ok: true, text: 'Nothing to save: no field changed.' });
    void run('Saving the credentials…', async () => {
      const reply = await send({ type: 'popup/set-credentials', ...edits });
      if (!reply.ok) return setMessage({ ok: false, text: `Nothing saved: ${reply.message}` });
      onState(reply.state);
      setBaseUrl(reply.state.baseUrl ?? '');
      setTestEmail(reply.state.testEmail ?? '');
      if (edits.token) {
        onTypedToken(edits.token);
        setSavedToken(edits.token);
      }
      setMessage({ ok: true, text: 'Saved.' });
    });
  };

  const forget = () =>
    void run('Forgetting the token…', async () => {
      const reply = await send({ type: 'popup/forget-token' });
      if (!reply.ok) return setMessage({ ok: false, text: reply.message });
      onState(reply.state);
      onTypedToken('');
      setSavedToken('');
      setMessage({ ok: true, text: 'Token forgotten.' });
    });

  const tokenStatus = state.token.present
    ? `Stored: ${state.token.masked ?? 'yes'}.${expiryText(state.token.expiresAt)}`
    : 'No token stored.';

  const tokenInput = {
    id: 'token',
    value: typedToken,
    placeholder: state.token.masked ?? 'Paste the Bearer token',
    autocomplete: 'off',
    spellcheck: false,
    'aria-invalid': token ? token.problems.length > 0 : undefined,
    'aria-describedby': 'token-status token-feedback',
    onInput: (event: Event) => onTypedToken((event.currentTarget as HTMLInputElement).value),
  };

  return (
    <section aria-labelledby="credentials-heading">
      <h2 id="credentials-heading">Credentials</h2>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) save();
        }}
      >
        <label for="base-url">Base URL</label>
        <input
          id="base-url"
          type="url"
          value={baseUrl}
          placeholder="https://app.trelica.com/api/scim/v2"
          autocomplete="off"
          spellcheck={false}
          aria-invalid={url ? url.problems.length > 0 : undefined}
          aria-describedby="base-url-feedback"
          onInput={(event) => setBaseUrl(event.currentTarget.value)}
        />
        <Feedback
          id="base-url-feedback"
          fixes={url?.fixes.map(describeBaseUrlFix) ?? []}
          problems={url?.problems.map(describeBaseUrlProblem) ?? []}
          saved={url?.url}
        />

        <label for="token">Bearer token</label>
        {/* Two spellings because the input typings tie the attributes allowed to each type. */}
        {showToken ? <input type="text" {...tokenInput} /> : <input type="password" {...tokenInput} />}
        <p id="token-status" class="hint">
          {tokenStatus} Only a token typed here can be shown.
        </p>
        <label class="inline">
          <input type="checkbox" checked={showToken} onChange={(event) => setShowToken(event.currentTarget.checked)} />
          Show token
        </label>
        <Feedback
          id="token-feedback"
          fixes={token?.fixes.map(describeTokenFix) ?? []}
          problems={token?.problems.map(describeTokenProblem) ?? []}
        />

        <label for="test-email">Test user email</label>
        <input
          id="test-email"
          type="email"
          value={testEmail}
          autocomplete="off"
          spellcheck={false}
          aria-describedby="test-email-feedback"
          onInput={(event) => setTestEmail(event.currentTarget.value)}
        />
        <TestEmailFeedback
          id="test-email-feedback"
          email={testEmail}
          registeredDomains={state.registeredDomains}
          onSuggest={setTestEmail}
        />

        <div class="row">
          <ActionButton busy={busy} type="submit">
            Save
          </ActionButton>
          <ActionButton busy={busy} onClick={forget}>
            Forget token
          </ActionButton>
        </div>
        <Outcome message={message} />
      </form>
    </section>
  );
}
