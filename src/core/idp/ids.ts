// The identity providers the assistant sets up provisioning from: one profile each
// (core/idp/<id>/profile.ts), one content script folder each (content/<id>/). Kept apart from
// the profiles so schemas and content scripts can name an IdP without loading its words.
export const IDP_IDS = ['jumpcloud', 'okta', 'entra'] as const;
export type IdpId = (typeof IDP_IDS)[number];

/** As each vendor writes its name (profiles use these; the background's refusals too). */
export const IDP_NAMES: Readonly<Record<IdpId, string>> = {
  jumpcloud: 'JumpCloud',
  okta: 'Okta',
  entra: 'Microsoft Entra ID',
};
