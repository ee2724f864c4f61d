// What each checklist step says: title, one-line instruction, and why it matters. The words
// live apart from the logic in checklist.ts so each file stays readable.
import type { StepId } from './steps';

export interface StepText {
  title: string;
  instruction: string;
  why: string;
}

export const STEP_TEXT: Readonly<Record<StepId, StepText>> = {
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
    instruction: 'Click "Send to JumpCloud" by Trelica\'s SCIM section, or paste both under Credentials below.',
    why: 'JumpCloud needs both exactly as Trelica shows them, and Trelica may show the token only once.',
  },
  'jumpcloud-app': {
    title: 'Open the Trelica app in JumpCloud',
    instruction: 'In SSO Applications, open your Trelica app (or Add New Application > Custom Application > Select), then its Identity Management tab (called Provisioning in the new application view).',
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
    why: 'Trelica\'s SCIM server has no groups: left on, Activate fails.',
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
    instruction: 'In the application\'s User Groups tab, tick the groups whose members Trelica should get, then Save.',
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
  Object.entries(STEP_TEXT).map(([id, text]) => [id, text.title]),
) as Record<StepId, string>;
