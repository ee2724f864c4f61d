// The early script arms on Okta only on an app's Provisioning tab routes: the app's other tabs
// (large, busy pages) cost it nothing.
import { describe, expect, it } from 'vitest';
import { OKTA_EARLY_SIGNS } from '../../../../src/content/okta/early-signs';

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
});
