// "Pick <field>" on Entra (the flow: ../pick-field.ts): the two text fields, under Entra's names,
// filled as the fill puts them (no trailing slash, the bare token). The two choices ("Provisioning
// Mode", "Select authentication method") are no field to point at: a person sets them by hand.
import { ENTRA_FIELD_NAMES } from '../../core/field-names';
import { pickAndFill as pickField, type PickDeps } from '../pick-field';
import { bareToken } from '../dom/fill';
import { entraBaseUrl } from './form';

export type EntraPickable = 'base-url' | 'token';

export const isEntraPickable = (field: string): field is EntraPickable => field === 'base-url' || field === 'token';

export { ENTRA_FIELD_NAMES };

export const pickAndFill = (field: EntraPickable, deps: PickDeps<EntraPickable>): Promise<void> =>
  pickField(
    field,
    ENTRA_FIELD_NAMES[field]!,
    undefined,
    (reply) => (field === 'base-url' ? entraBaseUrl(reply.baseUrl) : bareToken(reply.token)),
    deps,
  );
