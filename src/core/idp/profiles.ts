// Every IdP profile, by id: the one list adding an IdP extends (with its folder under
// core/idp/ and content/). Pure data; the popup and the background read it.
import type { IdpId } from './ids';
import type { IdpProfile } from './types';
import { JUMPCLOUD_PROFILE } from './jumpcloud/profile';
import { OKTA_PROFILE } from './okta/profile';
import { ENTRA_PROFILE } from './entra/profile';

export const PROFILES: Readonly<Record<IdpId, IdpProfile>> = {
  jumpcloud: JUMPCLOUD_PROFILE,
  okta: OKTA_PROFILE,
  entra: ENTRA_PROFILE,
};

export const profileOf = (id: IdpId): IdpProfile => PROFILES[id];
