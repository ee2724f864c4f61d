import { describe, expect, it } from 'vitest';
import { classifyOutcome, judgeEntraOutcome, judgeOutcome } from '../../../src/core/outcome';

describe('classifyOutcome', () => {
  it.each([
    // Seen in guides and in the fixtures' toasts, badges and inline messages.
    ['Connection successful', 'success'],
    ['Test connection succeeded', 'success'],
    ['Successfully connected to Trelica', 'success'],
    ['Connection verified', 'success'],
    ['Identity management activated', 'success'],
    ['Successfully activated identity management', 'success'],
    ['Provisioning is now active', 'success'],
    ['Active', 'success'],
    ['There was a problem testing the connection', 'failure'],
    ['Connection failed. Please check your settings.', 'failure'],
    ['Unable to connect to the SCIM endpoint', 'failure'],
    ['There was a problem activating identity management', 'failure'],
    ['Activation failed', 'failure'],
    ['Error: unable to activate', 'failure'],
    ['Connection failed', 'failure'],
    // Negations never pass for success.
    ['Activation unsuccessful', 'failure'],
    ['Not connected', 'failure'],
    ['Could not verify the connection', 'failure'],
    ["Couldn't activate identity management", 'failure'],
    // Nothing to tell: said as unknown, never guessed.
    ['Not configured', 'unknown'],
    ['Testing connection…', 'unknown'],
    ['Saving', 'unknown'],
    ['', 'unknown'],
    ['Connect', 'unknown'],
    ['x'.repeat(201), 'unknown'],
  ])('%j -> %s', (text, expected) => {
    expect(classifyOutcome(text)).toBe(expected);
  });
});

describe('judgeOutcome', () => {
  it.each([
    [{ action: 'test-connection', text: '', groupManagementAppeared: true }, 'success'],
    [{ action: 'test-connection', text: 'Connection verified', groupManagementAppeared: true }, 'success'],
    // Its words win over the control appearing: a failure is never read as success.
    [{ action: 'test-connection', text: 'Connection failed', groupManagementAppeared: true }, 'failure'],
    [{ action: 'test-connection', text: '', groupManagementAppeared: false }, 'unknown'],
    // Group Management appearing means nothing after Activate.
    [{ action: 'activate', text: '', groupManagementAppeared: true }, 'unknown'],
    [{ action: 'activate', text: 'There was a problem activating identity management' }, 'failure'],
    [{ action: 'activate', text: 'Identity management activated' }, 'success'],
  ] as const)('%j is %s', (seen, expected) => {
    expect(judgeOutcome(seen)).toBe(expected);
  });
});

describe('judgeEntraOutcome', () => {
  it.each([
    // Entra's Test Connection notification (shared/reference/entra.md 4).
    ['Testing connection to Trelica The supplied credentials are authorized to enable provisioning', 'success'],
    ['The supplied credentials are authorized to enable provisioning', 'success'],
    [
      'You appear to have entered invalid credentials. Please confirm you are using the correct information for an administrative account. Error code: SystemForCrossDomainIdentityManagementCredentialValidationUnavailable Details: We are not able to connect to your application. Request-id: 2f1c0a4e-8b1d-4d3a-9e5f-0c6b7a8d9e10',
      'failure',
    ],
    [
      'Testing connection to Trelica You appear to have entered invalid credentials. Error code: SystemForCrossDomainIdentityManagementCredentialValidationUnavailable Details: We received this unexpected response from your application: Response Status Code: NotFound',
      'failure',
    ],
    [
      'Error code: SystemForCrossDomainIdentityManagementCredentialValidationUnavailable Details: An error occurred while sending the request',
      'failure',
    ],
    // While it runs: nothing to tell.
    ['Testing connection to Trelica', 'unknown'],
    ['', 'unknown'],
    // Provision on demand's steps (entra.md 6).
    ['Perform action Success View details', 'success'],
    ['Perform action Failed View details', 'failure'],
    ['User was successfully created in Trelica', 'success'],
  ])('%j -> %s', (text, expected) => {
    expect(judgeEntraOutcome(text)).toBe(expected);
  });

  it('judges by the words that lead, however long the details after them', () => {
    expect(
      judgeEntraOutcome(`The supplied credentials are authorized to enable provisioning ${'x '.repeat(200)}`),
    ).toBe('success');
  });
});
