import { describe, expect, it } from 'vitest';
import { classifyOutcome, judgeOutcome } from '../../../src/core/outcome';

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
