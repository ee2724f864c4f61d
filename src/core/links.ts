// The pages the checklist links to, per region. Origins come from hosts.ts; the paths below are
// BEST GUESSES: no public page prints them (Trelica's docs say "Admin > Settings > Users" and
// "Admin > Settings > Organization > Domains"; JumpCloud's console routes by hash, "#/sso" being
// its SSO applications list). When a real console shows otherwise, fix it here and only here.
import { JUMPCLOUD_ORIGINS, TRELICA_ORIGINS, type JumpCloudRegion, type TrelicaRegion } from './hosts';
import type { StepId } from './steps';

export type PageId = 'trelica-users' | 'trelica-domains' | 'jumpcloud-sso' | 'jumpcloud-insights';

/** Path (and hash) of each page, appended to the region's origin. Best guesses: see above. */
export const PAGE_PATHS: Readonly<Record<PageId, string>> = {
  'trelica-users': '/Admin/Settings/Users',
  'trelica-domains': '/Admin/Settings/Organization/Domains',
  'jumpcloud-sso': '/#/sso',
  // Directory Insights: JumpCloud's only trail of what its provisioning did.
  'jumpcloud-insights': '/#/insights/directory',
};

/** Where each page is, in the admin's words, for link texts. */
export const PAGE_LABELS: Readonly<Record<PageId, string>> = {
  'trelica-users': 'Trelica: Settings > Users (or Accounts)',
  'trelica-domains': 'Trelica: Settings > Organization > Domains',
  'jumpcloud-sso': 'JumpCloud: SSO Applications',
  'jumpcloud-insights': 'JumpCloud: Directory Insights',
};

export interface Regions {
  /** null when not seen yet: the US site is the default. */
  trelica: TrelicaRegion | null;
  jumpcloud: JumpCloudRegion | null;
}

export function pageUrl(page: PageId, regions: Regions): string {
  const origin = page.startsWith('jumpcloud-')
    ? JUMPCLOUD_ORIGINS[regions.jumpcloud ?? 'us']
    : TRELICA_ORIGINS[regions.trelica ?? 'us'];
  return origin + PAGE_PATHS[page];
}

/** The page each step is done on; grant-access happens in the browser, so it has none. */
export const STEP_PAGE: Readonly<Record<StepId, PageId | null>> = {
  'grant-access': null,
  'grant-idp-access': null,
  'trelica-enable-scim': 'trelica-users',
  'copy-credentials': 'trelica-users',
  'jumpcloud-app': 'jumpcloud-sso',
  'scim-api': 'jumpcloud-sso',
  'base-url': 'jumpcloud-sso',
  token: 'jumpcloud-sso',
  'test-email': 'jumpcloud-sso',
  'test-connection': 'jumpcloud-sso',
  'group-management-off': 'jumpcloud-sso',
  activate: 'jumpcloud-sso',
  save: 'jumpcloud-sso',
  'bind-groups': 'jumpcloud-sso',
  'default-role': 'trelica-users',
  // Okta's pages are per organization: its profile links them (core/idp/okta/profile.ts).
  'okta-app': null,
  'okta-settings': null,
  'okta-to-app': null,
  'okta-assign': null,
  // Entra's shell has two origins: its profile links them (core/idp/entra/profile.ts).
  'entra-app': null,
  'entra-provisioning-on': null,
  'entra-on-demand': null,
};
