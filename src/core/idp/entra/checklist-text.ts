// What Entra ID's checklist says: its steps' words (over the shared ones where it reuses a step
// id) and the notes its rules put under them. Labels as Entra's two provisioning UIs and
// Trelica's "Microsoft Entra ID SCIM configuration" article write them (shared/reference/entra.md).
import type { Diagnosis } from '../../diagnosis';
import type { StepText } from '../../checklist-text';
import type { StepId } from '../../steps';

export const ENTRA_STEP_TEXT: Readonly<Partial<Record<StepId, StepText>>> = {
  'grant-idp-access': {
    title: 'Allow access to Microsoft Entra ID',
    instruction:
      'Click "Allow access to Microsoft Entra ID" below: the browser asks once for the Entra admin center and the frames its pages show.',
    why: "Without it the extension can neither fill Entra's provisioning form nor read what Entra says.",
  },
  'copy-credentials': {
    title: 'Copy the Base URL and token',
    instruction: 'Click "Send to the extension" by Trelica\'s SCIM section, or paste both under Credentials below.',
    why: 'Entra ID needs both exactly as Trelica shows them, and Trelica may show the token only once.',
  },
  'default-role': {
    title: 'Check the default role',
    instruction: 'Nothing to do in Entra ID: check the role new users will get.',
    why: 'Entra ID sends no Trelica role: new users get the default one.',
  },
  'entra-app': {
    title: 'Create a non-gallery Trelica app in Entra ID',
    instruction:
      'In Enterprise applications, click "New application" > "Create your own application", name it "Trelica", choose "Integrate any other application you don\'t find in the gallery (Non-gallery)", then Create and open its Provisioning page.',
    why: 'The gallery "Trelica" app is old and cannot provision over SCIM.',
  },
  'base-url': {
    title: 'Paste the Tenant URL',
    instruction:
      'Provisioning Mode "Automatic" (or authentication method "Bearer authentication"), then paste the Base URL into "Tenant URL", with no "/" at the end.',
    why: 'Entra ID sends every request under this address.',
  },
  token: {
    title: 'Paste the Secret token',
    instruction: 'Paste the token into "Secret Token", without the word "Bearer": Entra ID adds it.',
    why: 'Left empty, Entra ID sends its own credential, which Trelica rejects.',
  },
  'test-connection': {
    title: 'Test the connection',
    instruction: 'Click "Test Connection" in Entra ID; "Test connection" below tells you what fails, if anything.',
    why: 'Entra ID saves the credentials only after a successful test.',
  },
  'group-management-off': {
    title: 'Turn group provisioning off',
    instruction:
      'Under Mappings (Attribute mapping), open "Provision Microsoft Entra ID Groups", set Enabled to "No", then Save.',
    why: "Trelica's SCIM server has no groups: Entra's group calls would fail.",
  },
  'entra-provisioning-on': {
    title: 'Turn provisioning on',
    instruction: 'Set Provisioning Status to "On" and Save (or click "Start provisioning").',
    why: 'Entra ID provisions nobody until provisioning is on.',
  },
  'entra-on-demand': {
    title: 'Provision a first user on demand',
    instruction:
      'Click "Rehearse provisioning" below first, then in Entra ID open "Provision on demand", pick a user assigned to the app and click "Provision".',
    why: "Entra's regular cycles start 20 to 40 minutes apart: on demand shows at once whether a user gets through.",
  },
};

const SAID = (text: string) => (text ? ` Entra ID said: “${text}”.` : '');

export const ENTRA_NOTES = {
  app: {
    seen: "Seen: the app's provisioning page.",
    gallery:
      'This is the gallery "Trelica" app, which cannot provision over SCIM: create a non-gallery app ("Create your own application") instead.',
  },
  outcome: {
    succeeded: (text: string) => `Entra's Test Connection succeeded.${SAID(text)}`,
    failed: (text: string, why: string) => `Entra's Test Connection failed.${SAID(text)}${why}`,
    foundWhy: (d: Diagnosis) => ` The extension found: ${d.title}. ${d.fix}`,
    askWhy: ' Click "Find out why" in Entra ID to learn the cause.',
    unclear: 'Entra ID showed no clear result after Test Connection. If it worked, tick this step.',
    passed: "The last test passed: Entra's Test Connection will pass too.",
  },
  groups: {
    on: '"Provision Microsoft Entra ID Groups" is enabled: set Enabled to "No" and Save, or Entra\'s group calls fail against Trelica.',
    unseen: 'Once "Provision Microsoft Entra ID Groups" shows Enabled "No", tick this step.',
  },
  status: {
    off: 'Provisioning Status is Off: set it to On and Save.',
    unseen: 'Once Provisioning Status is On (or provisioning is started), tick this step.',
  },
  onDemand: {
    succeeded: (text: string) => `Entra's Provision on demand succeeded.${SAID(text)}`,
    failed: (text: string) =>
      `Entra's Provision on demand failed.${SAID(text)} Click "View details" on the failed step in Entra ID, or "Rehearse provisioning" below.`,
    rehearsalPassed:
      "The rehearsal passed: Entra's create, update and disable go through. Provision a user on demand in Entra ID.",
    rehearsalFailed: (d: Diagnosis) => `The rehearsal failed: ${d.title}. ${d.fix}`,
    rehearseFirst: 'Click "Rehearse provisioning" below first to know Entra\'s provisioning will pass.',
    testFirst: 'Test the connection first.',
  },
} as const;
