// The early script arms on Okta only on an app's Provisioning tab routes: the app's other tabs
// (large, busy pages) cost it nothing.
import { describe, expect, it } from 'vitest';
import { PLACEHOLDER } from '../../../../src/content/dom/choose';
import { OKTA_EARLY_SIGNS } from '../../../../src/content/okta/early-signs';
import { AUTH_MODE_UNCHOSEN } from '../../../../src/content/okta/selectors';

const APP = 'https://acme-admin.okta.com/admin/app/acme_trelica_1/instance/0oa1b2c3d4/';

describe("Okta's early signs", () => {
  it.each([
    [`${APP}#tab-user-management/api-credentials`, true],
    [`${APP}#tab-user-management/create-n-update`, true],
    [`${APP}#tab-user-management`, true],
    [`${APP}#tab-general`, false],
    [`${APP}#tab-assignments`, false],
    [APP, false],
    ['https://acme-admin.okta.com/admin/dashboard#tab-user-management', false],
    ['https://acme-admin.okta.com/admin/apps/active', false],
  ])('%s: armed %s', (url, armed) => {
    expect(OKTA_EARLY_SIGNS.isCandidate?.(new URL(url))).toBe(armed);
  });

  // Written out as a literal so that no module the early script imports builds a RegExp at load.
  it('"Basic Auth" is unchosen, as every placeholder is', () => {
    expect(AUTH_MODE_UNCHOSEN.source).toBe(`${PLACEHOLDER.source}|^basic auth$`);
    expect(AUTH_MODE_UNCHOSEN.flags).toBe(PLACEHOLDER.flags);
  });
});
