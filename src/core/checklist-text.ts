// What the checklist says: each step's title, one-line instruction and why it matters, and the
// notes the rules (checklist.ts, checklist-observed.ts) put under a step. The words live apart
// from the rules so that each reads on its own, and a sentence is changed in one place.
import type { Diagnosis } from './diagnosis';
import type { OutcomeAction } from './outcome';
import type { StepId } from './steps';

export interface StepText {
  title: string;
  instruction: string;
  why: string;
}

/** The shared steps' words, and JumpCloud's (written for it first); a profile's own override them. */
export const STEP_TEXT: Readonly<Partial<Record<StepId, StepText>>> = {
  'grant-access': {
    title: 'Grant access',
    instruction: 'Allow the extension to use the Trelica and JumpCloud sites.',
    why: 'Without it the extension can neither read the Trelica page, fill JumpCloud, nor test the connection.',
  },
  'trelica-enable-scim': {
    title: 'Enable SCIM in Trelica',
    instruction: 'In Settings > Users (or Accounts) > SCIM, click "Generate Token", then "Enable SCIM".',
    why: 'The token does not work until "Enable SCIM" is clicked.',
  },
  'copy-credentials': {
    title: 'Copy the Base URL and token',
    instruction: 'Click "Send to the extension" by Trelica\'s SCIM section, or paste both under Credentials below.',
    why: 'JumpCloud needs both exactly as Trelica shows them, and Trelica may show the token only once.',
  },
  'jumpcloud-app': {
    title: 'Open the Trelica app in JumpCloud',
    instruction:
      'In SSO Applications, open your Trelica app (or Add New Application > Custom Application > Select), then its Identity Management tab (called Provisioning in the new application view).',
    why: 'Provisioning is set up on the application, in its Identity Management (or Provisioning) tab.',
  },
  'scim-api': {
    title: 'Choose SCIM API and SCIM 2.0',
    instruction: 'Set API type to "SCIM API" and SCIM version to "SCIM 2.0".',
    why: 'Trelica speaks SCIM 2.0 only.',
  },
  'base-url': {
    title: 'Paste the Base URL',
    instruction: 'Paste the Base URL into JumpCloud, with no "/" at the end.',
    why: 'JumpCloud fails when the Base URL ends with "/".',
  },
  token: {
    title: 'Paste the token',
    instruction: 'Paste the Bearer token into "Token Key", without the word "Bearer".',
    why: 'JumpCloud sends it with every request: a wrong token fails them all.',
  },
  'test-email': {
    title: 'Enter a test user email',
    instruction: 'Enter a new address on a registered domain in "Test User Email".',
    why: 'Activate creates a user with it: Trelica must accept its domain, and no user may have it yet.',
  },
  'test-connection': {
    title: 'Test the connection',
    instruction: 'Click "Test Connection" in JumpCloud; "Test connection" below tells you what fails, if anything.',
    why: 'JumpCloud reports nothing specific when the test fails.',
  },
  'group-management-off': {
    title: 'Turn Group Management off',
    instruction: 'Untick "Enable management of User Groups and Group Membership in this application".',
    why: "Trelica's SCIM server has no groups: left on, Activate fails.",
  },
  activate: {
    title: 'Activate',
    instruction: 'Click "Activate" in JumpCloud: the extension reads what JumpCloud shows.',
    why: 'Activate creates, updates and deletes a test user; "Rehearse activation" below does the same beforehand.',
  },
  save: {
    title: 'Save',
    instruction: 'Click "Save" in JumpCloud, then tick this step.',
    why: 'Nothing is kept until the application is saved.',
  },
  'bind-groups': {
    title: 'Bind user groups',
    instruction: "In the application's User Groups tab, tick the groups whose members Trelica should get, then Save.",
    why: 'JumpCloud provisions only members of the user groups bound to the application: with none, nothing arrives.',
  },
  'default-role': {
    title: 'Check the default role',
    instruction: 'Nothing to do in JumpCloud: check the role new users will get.',
    why: 'JumpCloud cannot assign Trelica roles.',
  },
};

/** Step titles, for other places that name a step ("Step to revisit: ..."). */
export const STEP_TITLES: Readonly<Record<StepId, string>> = Object.fromEntries(
  Object.entries(STEP_TEXT).map(([id, text]) => [id, text!.title]),
) as Record<StepId, string>;

/** "a", "a and b", "a, b and c". */
export function andList(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** What a step can be waiting for, as andList() joins them. */
export const NEEDED = {
  hostAccess: 'access to the Trelica site',
  baseUrl: 'the Base URL',
  token: 'the token',
} as const;

const BUTTON: Readonly<Record<OutcomeAction, string>> = { 'test-connection': 'Test Connection', activate: 'Activate' };
const ROLE_WHERE = 'Change it in Trelica: Settings > Users (or Accounts), "Default role".';

/** The notes under the steps: what was observed, or what is missing. Grouped by the step that
 *  shows them; the first groups serve several steps. */
export const NOTES = {
  staleRun: (run: 'connection test' | 'rehearsal', what: string) =>
    `The last ${run} ran with another value of ${what}: run it again.`,
  /** A failing connection test, under the step it names (a second pass in checklist.ts). */
  testPointsHere: (d: Diagnosis) => `The last connection test points here: ${d.title}.`,
  field: {
    kept: (idp: string) => `${idp} already showed a different value, which the extension left alone: check it.`,
    unseen: (idp: string) => `The extension could not fill this field: set it by hand in ${idp}, then tick this step.`,
  },
  jumpcloudOutcome: {
    succeeded: (action: OutcomeAction, said: string) => `JumpCloud's ${BUTTON[action]} succeeded.${said}`,
    failed: (action: OutcomeAction, said: string, why: string) => `JumpCloud's ${BUTTON[action]} failed.${said}${why}`,
    said: (text: string) => ` JumpCloud said: “${text}”.`,
    foundWhy: (d: Diagnosis) => ` The extension found: ${d.title}. ${d.fix}`,
    askWhy: ' Click "Find out why" in JumpCloud to learn the cause.',
    unclear: (action: OutcomeAction) =>
      `JumpCloud showed no clear result after ${BUTTON[action]}. If it worked, tick this step.`,
  },
  'trelica-enable-scim': {
    provedByTest: 'The connection test passed, so SCIM is enabled.',
    notEnabled: 'Trelica shows SCIM is not enabled yet: the token works only after you click "Enable SCIM".',
    noToken: 'No token yet: click "Generate Token" first.',
    unreadable:
      'The extension could not tell from the Trelica page whether SCIM is enabled: check it, then tick this step.',
  },
  'copy-credentials': {
    unusable: (what: string) => `Fix ${what} under Credentials below: as typed, it cannot be used.`,
    missing: (what: string) => `Missing: ${what}.`,
    tokenForgotten: 'The extension keeps the token only for a while and has forgotten it: send or paste it again.',
  },
  'jumpcloud-app': {
    seen: "Seen: the app's Identity Management (or Provisioning) tab.",
  },
  'base-url': { blocked: 'Needs the Base URL from Trelica first.' },
  token: { blocked: 'Needs the token from Trelica first.' },
  'test-email': {
    rehearsalSays: (d: Diagnosis) => `The rehearsal says: ${d.title}. ${d.fix}`,
    uncheckedInJumpCloud:
      'JumpCloud has a test email the extension cannot check: enter it under "Test user email" below too.',
    enterBelow: 'Enter it under "Test user email" below too, so the extension can check it.',
    domainsUnknown:
      "Trelica's registered domains are unknown: open Settings > Organization > Domains in Trelica so the extension can check this one.",
  },
  'test-connection': {
    failed: (d: Diagnosis) =>
      `Last test: ${d.title}. ${d.fix}${d.step === 'test-connection' ? '' : ` Then revisit "${STEP_TITLES[d.step]}".`}`,
    passed: "The last test passed: JumpCloud's test will pass too.",
    provedByActivate: "JumpCloud's Activate succeeded, which it does only over a working connection.",
    needs: (what: string) => `Needs ${what} first.`,
  },
  'group-management-off': {
    on: 'Group Management is on: untick it, or Activate fails.',
    beforeTest: 'The section appears in JumpCloud after a successful connection test.',
    unseen: "The section appears after JumpCloud's Test Connection succeeds. Once it is off, tick this step.",
  },
  activate: {
    groupManagementOn: 'Turn Group Management off first: Activate fails while it is on.',
    rehearsalFailed: (d: Diagnosis, userId: string | undefined) =>
      `The rehearsal failed: ${d.title}. ${d.fix}${userId ? ` Temporary user id: ${userId}.` : ''}`,
    rehearsalPassed: 'The rehearsal passed, so Activate will pass: click it in JumpCloud, then tick this step.',
    testFirst: 'Test the connection first.',
    rehearseFirst: 'Click "Rehearse activation" below first to know Activate will pass.',
  },
  'bind-groups': {
    unseen: "Open the application's User Groups tab: the extension counts the groups bound there.",
    none: 'No user group is bound to the application: JumpCloud will provision nobody. Tick at least one group and save.',
    bound: (n: number) => `${n} user ${n === 1 ? 'group is' : 'groups are'} bound: their members are provisioned.`,
  },
  'default-role': {
    seen: (role: string, idp = 'JumpCloud') =>
      `${idp} creates users with Trelica's default role, currently "${role}". ${ROLE_WHERE}`,
    unseen: (idp = 'JumpCloud') => `${idp} creates users with Trelica's default role (not seen yet). ${ROLE_WHERE}`,
  },
} as const;
