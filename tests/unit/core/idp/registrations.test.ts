// Which early-script registrations the background holds for the hosts granted at run time.
import { describe, expect, it } from 'vitest';
import { ENTRA_HOST_PATTERNS, OKTA_HOST_PATTERNS, OKTA_SCRIPT_MATCHES } from '../../../../src/core/hosts';
import { OWNED, planRegistrations } from '../../../../src/core/idp/registrations';
import { EARLY_SCRIPT } from '../../../../src/core/site-scripts';
import { contentScriptFile } from '../../../../vite.config';
import manifest from '../../../../manifest.json' with { type: 'json' };

const okta = (matches: readonly string[]) => ({
  id: 'early-okta',
  matches: [...matches],
  js: [EARLY_SCRIPT],
  runAt: 'document_start',
  allFrames: false,
  persistAcrossSessions: true,
});

describe('planRegistrations', () => {
  it("registers the early script on Okta's admin pages once all its hosts are granted", () => {
    expect(planRegistrations([...OKTA_HOST_PATTERNS, 'https://app.trelica.com/*'], [])).toEqual({
      unregister: [],
      register: [okta(OKTA_SCRIPT_MATCHES)],
    });
  });

  it('registers the same file the manifest runs, at document_start, top frame only', () => {
    expect(contentScriptFile(manifest.content_scripts[0]!.js[0]!)).toBe(EARLY_SCRIPT);
    expect(manifest.content_scripts[0]!.run_at).toBe('document_start');
  });

  it('matches admin pages only, never the end-user dashboard paths', () => {
    const { register } = planRegistrations(OKTA_HOST_PATTERNS, []);
    expect(register[0]!.matches.every((m) => m.endsWith('/admin/*'))).toBe(true);
  });

  it('does nothing while nothing is granted and nothing registered', () => {
    expect(planRegistrations(['https://app.trelica.com/*'], [])).toEqual({ unregister: [], register: [] });
  });

  it('keeps a registration that matches what is granted', () => {
    expect(
      planRegistrations(OKTA_HOST_PATTERNS, [{ id: 'early-okta', matches: [...OKTA_SCRIPT_MATCHES].reverse() }]),
    ).toEqual({ unregister: [], register: [] });
  });

  it('unregisters once the hosts are withdrawn', () => {
    expect(planRegistrations([], [{ id: 'early-okta', matches: [...OKTA_SCRIPT_MATCHES] }])).toEqual({
      unregister: ['early-okta'],
      register: [],
    });
  });

  it('narrows the registration to the domains still granted', () => {
    const [com] = OKTA_HOST_PATTERNS;
    expect(planRegistrations([com!], [{ id: 'early-okta', matches: [...OKTA_SCRIPT_MATCHES] }])).toEqual({
      unregister: ['early-okta'],
      register: [okta([OKTA_SCRIPT_MATCHES[0]!])],
    });
  });

  it('re-registers a registration without matches, and leaves registrations it does not own alone', () => {
    expect(planRegistrations(OKTA_HOST_PATTERNS, [{ id: 'early-okta' }, { id: 'someone-else', matches: [] }])).toEqual({
      unregister: ['early-okta'],
      register: [okta(OKTA_SCRIPT_MATCHES)],
    });
  });

  it('pairs every owned host pattern with the page pattern on the same host', () => {
    for (const owned of OWNED) {
      expect(owned.matches).toHaveLength(owned.hostPatterns.length);
      owned.matches.forEach((m, i) => expect(m.startsWith(owned.hostPatterns[i]!.slice(0, -1))).toBe(true));
    }
  });

  it("registers the early script in every frame of Entra's shell and blade hosts once granted, Okta's still top frame only", () => {
    const { register } = planRegistrations([...OKTA_HOST_PATTERNS, ...ENTRA_HOST_PATTERNS], []);
    expect(register).toEqual([
      okta(OKTA_SCRIPT_MATCHES),
      {
        id: 'early-entra',
        matches: [...ENTRA_HOST_PATTERNS],
        js: [EARLY_SCRIPT],
        runAt: 'document_start',
        allFrames: true,
        persistAcrossSessions: true,
      },
    ]);
    expect(ENTRA_HOST_PATTERNS).toEqual([
      'https://entra.microsoft.com/*',
      'https://portal.azure.com/*',
      'https://*.reactblade.portal.azure.net/*',
      'https://*.reactblade-ms.portal.azure.net/*',
      'https://*.reactblade-rc.portal.azure.net/*',
    ]);
  });

  it("drops early-entra alone when Entra's hosts are withdrawn", () => {
    const registered = [
      { id: 'early-okta', matches: [...OKTA_SCRIPT_MATCHES] },
      { id: 'early-entra', matches: [...ENTRA_HOST_PATTERNS] },
    ];
    expect(planRegistrations(OKTA_HOST_PATTERNS, registered)).toEqual({ unregister: ['early-entra'], register: [] });
  });
});
