// "Pick <field>" on Okta (the pick itself: ../pick-field.ts): Okta's names for its fields, its
// one choice, and what goes in each text field, as the fill puts it (no trailing slash, the
// token without "Bearer "). The provisioning-action boxes are no field to point at.
import { OKTA_FIELD_NAMES } from '../../core/field-names';
import type { OktaField } from '../../core/idp/okta/facts';
import { pickAndFill as pickField, type PickDeps } from '../pick-field';
import { bareToken } from '../dom/fill';
import { oktaBaseUrl } from './form';
import { AUTH_MODE, UNIQUE_ID_VALUE } from './selectors';

export type OktaPickable = Exclude<OktaField, 'actions'>;

export const isOktaPickable = (field: OktaField): field is OktaPickable => field !== 'actions';

export const pickAndFill = (field: OktaPickable, deps: PickDeps<OktaPickable>): Promise<void> =>
  pickField(
    field,
    OKTA_FIELD_NAMES[field]!,
    field === 'auth-mode' ? AUTH_MODE.want : undefined,
    (reply) =>
      field === 'base-url' ? oktaBaseUrl(reply.baseUrl) : field === 'token' ? bareToken(reply.token) : UNIQUE_ID_VALUE,
    deps,
  );
