// What Okta's checklist says: its steps' words (over the shared ones where it reuses a step id)
// and the notes its rules put under them. Labels as Okta's SCIM Connection form and Trelica's
// "Okta SCIM configuration" article write them (shared/reference/okta.md).
import type { Diagnosis } from '../../diagnosis';
import type { StepText } from '../../checklist-text';
import type { StepId } from '../../steps';

export const OKTA_STEP_TEXT: Readonly<Partial<Record<StepId, StepText>>> = {
  'grant-idp-access': {
    title: 'Allow access to Okta',
    instruction: 'Click "Allow access to Okta" below: the browser asks once for your Okta admin console.',
    why: "Without it the extension can neither fill Okta's form nor read what Okta says.",
  },
  'copy-credentials': {
    title: 'Copy the Base URL and token',
    instruction: 'Click "Send to the extension" by Trelica\'s SCIM section, or paste both under Credentials below.',
    why: 'Okta needs both exactly as Trelica shows them, and Trelica may show the token only once.',
  },
  'default-role': {
    title: 'Check the default role',
    instruction: 'Nothing to do in Okta: check the role new users will get.',
    why: 'Okta sends no Trelica role: new users get the default one.',
  },
  'okta-app': {
    title: 'Open the Trelica app in Okta, with SCIM on',
    instruction:
      'In Applications, open your Trelica app (a custom SAML app: the catalogue app has no SCIM). Under General > App Settings > Edit, tick "Enable SCIM provisioning" (or choose Provisioning: SCIM), then Save, and open Provisioning > Integration.',
    why: 'The SCIM Connection settings appear only once SCIM provisioning is enabled on the app.',
  },
  'base-url': {
    title: 'Paste the Base URL',
    instruction:
      'Click "Edit" on the SCIM Connection, then paste the Base URL into "SCIM connector base URL", with no "/" at the end.',
    why: 'Okta sends every request under this address.',
  },
  'okta-settings': {
    title: 'Set the SCIM Connection options',
    instruction:
      'Unique identifier field for users: "userName". Supported provisioning actions: tick "Import New Users and Profile Updates", "Push New Users" and "Push Profile Updates". Authentication Mode: "HTTP Header".',
    why: 'Trelica identifies users by userName and takes a Bearer token in the Authorization header.',
  },
  token: {
    title: 'Paste the token',
    instruction: 'Paste the token into "Authorization", without the word "Bearer": Okta adds it.',
    why: 'Okta sends it with every request: a wrong token fails them all.',
  },
  'test-connection': {
    title: 'Test the connector',
    instruction:
      'Click "Test Connector Configuration" in Okta; "Test connection" below tells you what fails, if anything.',
    why: 'Okta says only "Error authenticating" when the test fails.',
  },
  'group-management-off': {
    title: 'Leave Push Groups off',
    instruction: 'Untick "Push Groups" (and "Import Groups") among the supported provisioning actions.',
    why: "Trelica's SCIM server has no groups: Okta's group pushes would fail.",
  },
  save: {
    title: 'Save',
    instruction: 'Click "Save" under the SCIM Connection in Okta, then tick this step.',
    why: 'Nothing is kept until the connection is saved.',
  },
  'okta-to-app': {
    title: 'Enable provisioning to the app',
    instruction:
      'In Provisioning > To App, click "Edit" and enable "Create Users", "Update User Attributes" and "Deactivate Users", then Save.',
    why: 'Okta creates, updates or deactivates nobody in Trelica until these are enabled.',
  },
  'okta-assign': {
    title: 'Assign users',
    instruction:
      'Click "Rehearse assignment" below first, then assign people (or groups of people) to the app on its Assignments tab.',
    why: 'Okta provisions only the users assigned to the app; the rehearsal sends what Okta will send.',
  },
};

const SAID = (text: string) => (text ? ` Okta said: “${text}”.` : '');

export const OKTA_NOTES = {
  app: { seen: "Seen: the app's Provisioning tab." },
  settings: {
    unseen: 'The extension could not see these options: set them in Okta, then tick this step.',
  },
  outcome: {
    succeeded: (text: string) => `Okta's Test Connector Configuration succeeded.${SAID(text)}`,
    failed: (text: string, why: string) => `Okta's Test Connector Configuration failed.${SAID(text)}${why}`,
    foundWhy: (d: Diagnosis) => ` The extension found: ${d.title}. ${d.fix}`,
    askWhy: ' Click "Find out why" in Okta to learn the cause.',
    unclear: 'Okta showed no clear result after Test Connector Configuration. If it worked, tick this step.',
    passed: "The last test passed: Okta's connector test will pass too.",
  },
  pushGroups: {
    on: '"Push Groups" is ticked: untick it, or Okta\'s group pushes fail against Trelica.',
    unseen: 'Once "Push Groups" is unticked in the SCIM Connection, tick this step.',
  },
  toApp: {
    missing: (which: string) => `Not enabled yet: ${which}.`,
    unseen: 'Open Provisioning > To App: the extension reads what is enabled there.',
  },
  assign: {
    rehearsalPassed:
      "The rehearsal passed: Okta's create, update and deactivation go through. Assign users in Okta, then tick this step.",
    rehearsalFailed: (d: Diagnosis) => `The rehearsal failed: ${d.title}. ${d.fix}`,
    rehearseFirst: 'Click "Rehearse assignment" below first to know Okta\'s provisioning will pass.',
    testFirst: 'Test the connection first.',
  },
} as const;
