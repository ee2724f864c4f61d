// The Group Management guard. Trelica's SCIM server has no Groups, so activation fails while
// JumpCloud's "Enable management of User Groups and Group Membership" is on. Whenever that
// checkbox is on (it appears, ticked, after Test Connection, or the admin ticks it) a warning
// (role="alert") says so and offers "Turn off Group Management", which unticks it as a click
// would. Clicking "Activate" while it is on repeats the warning (explain.ts sees the click).
// The guard itself is shared with Okta's "Push Groups" one (../toggle-guard.ts).
import type { GroupManagement } from '../../core/messages';
import { TURN_OFF_GROUP_MANAGEMENT } from '../button-labels';
import type { ScriptContext } from '../dom/context';
import { findToggle } from '../dom/find';
import { isVisible } from '../dom/visibility';
import { createToggleGuard, type ToggleGuard } from '../toggle-guard';
import { GROUP_MANAGEMENT } from './selectors';

export const GUARD_WARNING =
  'Group Management is on. Trelica has no groups, so activation will fail: turn it off before "Activate".';

export function createGroupGuard(ctx: ScriptContext, onChange: (state: GroupManagement) => void): ToggleGuard {
  return createToggleGuard(
    ctx,
    (root) => {
      // Light DOM first (cheap, every scan); a web component's switch lives in its shadow root.
      const found = findToggle(root, GROUP_MANAGEMENT) ?? findToggle(root, GROUP_MANAGEMENT, { deep: true });
      return found && isVisible(found) ? found : null;
    },
    [
      'SCIM setup assistant: Group Management',
      GUARD_WARNING,
      TURN_OFF_GROUP_MANAGEMENT,
      'Group Management is off: click "Activate".',
    ],
    onChange,
  );
}
