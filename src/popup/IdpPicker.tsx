import { IDP_IDS, type IdpId } from '../core/idp/ids';
import { PROFILES } from '../core/idp/profiles';
import type { IdpChoice, PolicyView } from '../core/messages';

interface Props {
  choice: IdpChoice;
  policy: PolicyView;
  onChoose: (idp: IdpId) => void;
}

/**
 * "Identity provider": which IdP's checklist the popup walks. A native select, so the keyboard
 * works as everywhere (arrows, type-ahead); only the IdPs the organization allows are offered.
 */
export function IdpPicker({ choice, policy, onChoose }: Props) {
  const offered = policy.idps ?? IDP_IDS;
  const how =
    choice.by === 'detected'
      ? 'Detected from the console you used last.'
      : choice.by === 'default' && (policy.defaultIdp === choice.chosen || offered.length === 1)
        ? 'Set by your organization.'
        : null;
  return (
    <p class="idp-picker">
      <label for="idp-choice">Identity provider</label>{' '}
      <select
        id="idp-choice"
        value={choice.chosen}
        disabled={offered.length < 2}
        aria-describedby={how ? 'idp-how' : undefined}
        onChange={(event) => onChoose(event.currentTarget.value as IdpId)}
      >
        {offered.map((id) => (
          <option key={id} value={id}>
            {PROFILES[id].name}
          </option>
        ))}
      </select>
      {how && (
        <span id="idp-how" class="hint">
          {' '}
          {how}
        </span>
      )}
    </p>
  );
}
