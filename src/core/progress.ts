// The non-secret facts the extension has observed, and how each event changes them. Pure: the
// background stores the result in storage.local. Nothing here stores "step N is done": the
// checklist derives that from these facts.
import type { z } from './zod';
import { maskToken } from './token';
import {
  ProgressSchema,
  type FieldReport,
  type GroupManagement,
  type ScimState,
  type State,
  NO_POLICY_VIEW,
  type PolicyView,
  DEFAULT_IDP_CHOICE,
  type Outcome,
} from './facts';
import type { ConnectionTestResult, RehearsalResult } from './scim/results';
import type { OutcomeAction } from './outcome';
import type { JumpCloudRegion, TrelicaRegion } from './hosts';
import type { StepId } from './steps';
import { EMPTY_JOURNAL_VIEW, type JournalView } from './journal';
import type { IdpId } from './idp/ids';
import { EMPTY_OKTA_FACTS } from './idp/okta/facts';
import { EMPTY_ENTRA_FACTS } from './idp/entra/facts';

// The journal has its own key (core/journal.ts): it must survive what resets progress.
export { ProgressSchema };
export type Progress = z.infer<typeof ProgressSchema>;

export const EMPTY_PROGRESS: Progress = Object.freeze({
  baseUrl: null,
  testEmail: null,
  drafts: { baseUrl: null, testEmail: null },
  registeredDomains: null,
  trelica: { region: null, scimState: null, defaultRole: null, capturedAt: null },
  jumpcloud: { region: null, fields: null, groupManagement: null, observedAt: null, outcomes: {}, boundGroups: null },
  okta: EMPTY_OKTA_FACTS,
  entra: EMPTY_ENTRA_FACTS,
  idp: DEFAULT_IDP_CHOICE,
  lastConnectionTest: null,
  lastRehearsal: null,
  ticked: [],
  remembered: {},
});

// Reading what storage holds (older shapes, damage): core/stored/progress-key.ts.

// Verdicts are never dropped when the inputs change: each says what it tested, and the
// checklist and the popup compare that with the inputs of now (core/tested.ts).

export function onCapture(
  p: Progress,
  e: { baseUrl: string; scimState: ScimState; region: TrelicaRegion; at: number },
): Progress {
  return {
    ...p,
    baseUrl: e.baseUrl,
    drafts: { ...p.drafts, baseUrl: null },
    trelica: { ...p.trelica, region: e.region, scimState: e.scimState, capturedAt: e.at },
  };
}

export function onTrelicaPage(
  p: Progress,
  e: { scimState: ScimState; defaultRole: string | null; region: TrelicaRegion },
): Progress {
  // A page that does not show the role says nothing about it: keep what was seen before.
  return {
    ...p,
    trelica: {
      ...p.trelica,
      region: e.region,
      scimState: e.scimState,
      defaultRole: e.defaultRole ?? p.trelica.defaultRole,
    },
  };
}

export function onDomains(p: Progress, domains: string[]): Progress {
  return { ...p, registeredDomains: domains };
}

export function onObservation(
  p: Progress,
  e: {
    fields?: FieldReport | undefined;
    groupManagement?: GroupManagement | undefined;
    boundGroups?: number | undefined;
    region: JumpCloudRegion;
    at: number;
  },
): Progress {
  return {
    ...p,
    jumpcloud: {
      ...p.jumpcloud,
      region: e.region,
      fields: e.fields ? { ...p.jumpcloud.fields, ...e.fields } : p.jumpcloud.fields,
      groupManagement: e.groupManagement ?? p.jumpcloud.groupManagement,
      boundGroups: e.boundGroups ?? p.jumpcloud.boundGroups,
      observedAt: e.at,
    },
  };
}

/** What JumpCloud showed after one of its buttons: the latest one for that button counts. */
export function onOutcome(
  p: Progress,
  e: { action: OutcomeAction; outcome: Outcome; region: JumpCloudRegion },
): Progress {
  return {
    ...p,
    jumpcloud: {
      ...p.jumpcloud,
      region: e.region,
      outcomes: { ...p.jumpcloud.outcomes, [e.action]: e.outcome },
      observedAt: e.outcome.at,
    },
  };
}

/**
 * What the console of an IdP served at run time said after one of its buttons (Okta's connector
 * test dialog; Entra ID's notification, its on-demand steps): the latest one for that button counts.
 */
export function onIdpOutcome(
  p: Progress,
  idp: 'okta' | 'entra',
  e: { action: string; outcome: Outcome; origin: string },
): Progress {
  const seen = p[idp];
  const outcomes = { ...seen.outcomes, [e.action]: e.outcome };
  return { ...p, [idp]: { ...seen, origin: e.origin, outcomes, observedAt: e.outcome.at } };
}

/** A field as the popup holds it: the usable value, or null with the text kept as a draft. */
export interface FieldEdit {
  value: string | null;
  draft: string | null;
}

/** Edits from the popup's fields, already checked: the field is the truth, usable or not. */
export function onFields(
  p: Progress,
  e: { baseUrl?: FieldEdit | undefined; testEmail?: FieldEdit | undefined },
): Progress {
  return {
    ...p,
    ...(e.baseUrl ? { baseUrl: e.baseUrl.value } : {}),
    ...(e.testEmail ? { testEmail: e.testEmail.value } : {}),
    drafts: {
      baseUrl: e.baseUrl ? e.baseUrl.draft : p.drafts.baseUrl,
      testEmail: e.testEmail ? e.testEmail.draft : p.drafts.testEmail,
    },
  };
}

export function onConnectionTest(p: Progress, result: ConnectionTestResult): Progress {
  return { ...p, lastConnectionTest: result };
}

export function onRehearsal(p: Progress, result: RehearsalResult): Progress {
  return { ...p, lastRehearsal: result };
}

/**
 * A console of an IdP was used: its checklist becomes the popup's, unless the admin picked one
 * by hand (that choice stands until they change it).
 */
export function onIdpSeen(p: Progress, id: IdpId): Progress {
  if (p.idp.by === 'admin' || (p.idp.by === 'detected' && p.idp.chosen === id)) return p;
  return { ...p, idp: { chosen: id, by: 'detected' } };
}

/** The admin picked the IdP they set up. */
export function onIdpChosen(p: Progress, id: IdpId): Progress {
  return { ...p, idp: { chosen: id, by: 'admin' } };
}

export function onTick(p: Progress, step: StepId, done: boolean): Progress {
  const others = p.ticked.filter((s) => s !== step);
  return { ...p, ticked: done ? [...others, step] : others };
}

/** What the popup may see: the progress plus the token's presence, masked, never in full. */
export function toState(
  p: Progress,
  vault: { token: string; fingerprint: string | null; expiresAt: number } | null,
  policy: PolicyView = NO_POLICY_VIEW,
  journal: JournalView = EMPTY_JOURNAL_VIEW,
  resetNote: string[] = [],
): State {
  return {
    ...p,
    policy,
    journal,
    resetNote,
    token: vault
      ? { present: true, masked: maskToken(vault.token), fingerprint: vault.fingerprint, expiresAt: vault.expiresAt }
      : { present: false, masked: null, fingerprint: null, expiresAt: null },
  };
}
