// @vitest-environment happy-dom
// Where the early script arms for Entra: a blade's frame on a reactblade host, or the shell's TOP
// frame, and nowhere else. (What its one XPath look asks there, happy-dom cannot run:
// tests/e2e/entra-early-signs.test.ts asks it in Chromium.)
import { describe, expect, it } from 'vitest';
import { entraEarlySigns } from '../../../../src/content/entra/early-signs';
import { NOTICE, NOTICE_APPEAR } from '../../../../src/content/entra/selectors';
import { ENTRA_FRAME_SIGNS, ENTRA_SHELL_SIGNS } from '../../../../src/content/entra/signs';
import { inShellTop } from '../../../../src/content/entra/where';

const SHELL = 'https://entra.microsoft.com/#view/Microsoft_AAD_IAM/ManagedAppMenuBlade/~/Provisioning';

describe("Entra's signs", () => {
  it.each([
    ['https://sandbox-1.reactblade.portal.azure.net/Microsoft_AAD_IAM/x', true],
    ['https://sandbox-12.reactblade-ms.portal.azure.net/', true],
    ['https://sandbox-1.reactblade-rc.portal.azure.net/', true],
    ['https://a.b.reactblade.portal.azure.net/', false],
    ['https://sandbox-1.reactblade.portal.azure.net.evil.test/', false],
    ['http://sandbox-1.reactblade.portal.azure.net/', false],
    [SHELL, false],
  ])('a frame at %s: armed %s', (url, armed) => {
    expect(ENTRA_FRAME_SIGNS.isCandidate(new URL(url))).toBe(armed);
  });

  it.each([
    [SHELL, true],
    ['https://portal.azure.com/#home', true],
    ['https://entra.microsoft.com:8443/', false],
    ['https://sandbox-1.reactblade.portal.azure.net/', false],
  ])('the top frame at %s: the shell %s', (url, shell) => {
    // happy-dom's window is its own top: this is a top frame.
    expect(inShellTop(new URL(url))).toBe(shell);
    expect(ENTRA_SHELL_SIGNS.isCandidate(new URL(url))).toBe(shell);
  });

  it("the shell's top frame gets the shell's signs: notifications, not the form's words", () => {
    const shell = entraEarlySigns('https://entra.microsoft.com', true)!;
    expect(shell.appearSelector).toBe(ENTRA_SHELL_SIGNS.appearSelector);
    expect(shell.shows).toContain('testing connection to');
    expect(shell.shows).not.toContain('tenant url');
  });

  it("a blade's frame gets the form's words", () => {
    const frame = entraEarlySigns('https://sandbox-1.reactblade.portal.azure.net', false)!;
    expect(frame.shows).toContain('tenant url');
    expect(frame.shows).not.toContain('testing connection to');
  });

  it('a frame of the shell, or a reactblade page on top, gets none', () => {
    expect(entraEarlySigns('https://portal.azure.com', false)).toBeNull();
    expect(entraEarlySigns('https://sandbox-1.reactblade.portal.azure.net', true)).toBeNull();
  });

  it("a toast's lines are watched too: its own entrance animation outranks the watch's on it", () => {
    document.body.innerHTML =
      '<div id="toasts"><div class="toast" role="alert"><strong>Testing connection to Trelica</strong>' +
      '<p>The supplied credentials are authorized to enable provisioning</p></div></div><p id="other">Hi</p>';
    // (The watch wraps it in :where(), which happy-dom cannot match with a combinator inside.)
    const appear = ENTRA_SHELL_SIGNS.appearSelector;
    expect(document.querySelector('.toast')!.matches(appear)).toBe(true);
    expect(document.querySelector('.toast > strong')!.matches(appear)).toBe(true);
    expect(document.querySelector('.toast > p')!.matches(appear)).toBe(true);
    expect(document.querySelector('#toasts')!.matches(appear)).toBe(false);
    expect(document.querySelector('#other')!.matches(appear)).toBe(false);
    expect(entraEarlySigns('https://entra.microsoft.com', true)!.appearSelector).toBe(appear);
  });

  // Written out so that the early script builds no string at load on every Entra page.
  it("a notice's appearance is the notice's or one of its lines'", () => {
    const each = NOTICE.split(', ');
    expect(NOTICE_APPEAR.split(',').map((s) => s.trim())).toEqual([...each, ...each.map((s) => `${s}>*`)]);
  });
});
