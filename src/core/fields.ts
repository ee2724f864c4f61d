// The popup's fields are the truth: the checklist, the verdicts' freshness and the runs all
// follow what the admin sees in them, typed a moment ago or stored long since. Pure.
import { checkTestEmail } from './email';
import type { State } from './messages';
import { checkBaseUrl, checkToken } from './checks';
import {
  comparableBaseUrl,
  comparableTestEmail,
  staleFields,
  type RunInputs,
  type StaleField,
  type Tested,
} from './tested';
import { maskToken } from './token';

export interface PopupFields {
  baseUrl: string;
  /** Empty: the stored token (captured from Trelica, shown masked) is the field's value. */
  token: string;
  testEmail: string;
}

/** The fields as they start: what was stored, or the draft that could not be. */
export function fieldsOf(state: State): PopupFields {
  return {
    baseUrl: state.drafts.baseUrl ?? state.baseUrl ?? '',
    token: '',
    testEmail: state.drafts.testEmail ?? state.testEmail ?? '',
  };
}

/** What the popup shows, as facts: State with the fields' values in place of the stored ones. */
export interface FieldFacts extends State {
  /** A token typed in the popup that is not usable (it is never stored). */
  typedTokenInvalid: boolean;
}

/**
 * The state as the fields make it. `typedFingerprint` is tokenFingerprint(fields.token),
 * computed by the caller (it is asynchronous); ignored when no token is typed.
 */
export function withFields(state: State, fields: PopupFields, typedFingerprint: string | null): FieldFacts {
  const url = fields.baseUrl.trim() ? checkBaseUrl(fields.baseUrl) : null;
  const email = fields.testEmail.trim() ? checkTestEmail(fields.testEmail, null).email : null;
  const typed = fields.token.trim() ? checkToken(fields.token) : null;
  const token: State['token'] = typed
    ? {
        present: typed.ok,
        masked: typed.ok ? maskToken(typed.value) : null,
        fingerprint: typedFingerprint,
        expiresAt: null,
      }
    : state.token;
  return {
    ...state,
    baseUrl: url?.ok ? url.value : null,
    testEmail: email,
    drafts: {
      baseUrl: url && !url.ok ? fields.baseUrl : null,
      testEmail: fields.testEmail.trim() && !email ? fields.testEmail : null,
    },
    token,
    typedTokenInvalid: typed !== null && !typed.ok,
  };
}

/** The inputs a run made now would test, from state or field facts. */
export function currentInputs(facts: State, withEmail: boolean): RunInputs {
  const inputs: RunInputs = {
    baseUrl: comparableBaseUrl(facts.baseUrl ?? facts.drafts.baseUrl ?? ''),
    tokenFingerprint: facts.token.fingerprint,
    dialect: facts.idp.chosen,
  };
  if (withEmail) inputs.testEmail = comparableTestEmail(facts.testEmail ?? facts.drafts.testEmail ?? '');
  return inputs;
}

/** Which inputs changed since a result was made; empty when it speaks for the inputs of now. */
export function staleSince(result: { tested?: Tested | undefined; kind: string }, facts: State): StaleField[] {
  return staleFields(result.tested, currentInputs(facts, result.kind === 'rehearsal'));
}
