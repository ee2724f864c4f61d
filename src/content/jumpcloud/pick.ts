// "Pick <field>" on JumpCloud (the pick itself: ../pick-field.ts): JumpCloud's names for its
// fields, its two choices, and what goes in each text field.
import type { JumpCloudField } from '../../core/messages';
import { FIELD_NAMES } from '../../core/field-names';
import { pickAndFill as pickField, type PickDeps } from '../pick-field';
import { API_TYPE, SCIM_VERSION } from './selectors';

export { pickable } from '../pick-field';

const CHOICES: Partial<Record<JumpCloudField, RegExp>> = {
  'api-type': API_TYPE.want,
  'scim-version': SCIM_VERSION.want,
};

export const pickAndFill = (field: JumpCloudField, deps: PickDeps<JumpCloudField>): Promise<void> =>
  pickField(
    field,
    FIELD_NAMES[field],
    CHOICES[field],
    (reply) => (field === 'base-url' ? reply.baseUrl : field === 'token' ? reply.token : reply.testEmail),
    deps,
  );
