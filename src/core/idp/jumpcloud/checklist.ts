// JumpCloud's own checklist rules: its Identity Management tab's fields, its Test Connection
// and Activate as it showed them, Group Management, and the user groups bound. Shared rules and
// the driver: core/checklist.ts; the words: core/checklist-text.ts.
import { checkTestEmail, describeEmailProblem } from '../../email';
import { diagnose } from '../../diagnosis';
import type { PageId } from '../../links';
import { byHand, type Derived, type Rule, type RuleInput } from '../../checklist-types';
import { deriveBindGroups, fromJumpCloud } from '../../checklist-observed';
import { fromFields, testNeeds } from '../../checklist-rules';
import { NOTES } from '../../checklist-text';
import type { StepId } from '../../steps';

function jumpCloudApp({ fields, ticked }: RuleInput): Derived {
  if (ticked) return { state: 'done', canTick: true };
  // A field report comes from the Identity Management tab, so the app is open.
  if (Object.keys(fields).length > 0) return { state: 'done', canTick: true, notes: [NOTES['jumpcloud-app'].seen] };
  return { state: 'todo', canTick: true };
}

function testEmail({ f, fields, ticked, rehearsal }: RuleInput): Derived {
  const say = NOTES['test-email'];
  if (f.drafts.testEmail)
    return {
      state: 'warning',
      diagnosis: 'email-invalid',
      notes: [describeEmailProblem('invalid', f.registeredDomains)],
    };
  if (
    rehearsal &&
    (rehearsal.verdict === 'domain-not-registered' ||
      rehearsal.verdict === 'user-exists' ||
      rehearsal.verdict === 'email-invalid')
  ) {
    const d = diagnose(rehearsal.verdict);
    const page: PageId = d.code === 'domain-not-registered' ? 'trelica-domains' : 'jumpcloud-sso';
    return { state: 'warning', diagnosis: d.code, page, notes: [say.rehearsalSays(d)] };
  }
  const outcome = fields['test-email'];
  if (f.testEmail === null) {
    if (outcome === 'already-set' || outcome === 'kept') return { state: 'done', notes: [say.uncheckedInJumpCloud] };
    return fromFields([outcome], ticked) ?? { state: 'todo', notes: [say.enterBelow] };
  }
  const check = checkTestEmail(f.testEmail, f.registeredDomains);
  if (check.problems.includes('invalid'))
    return { state: 'warning', notes: [describeEmailProblem('invalid', f.registeredDomains)] };
  if (check.problems.includes('domain-not-registered')) {
    return {
      state: 'warning',
      diagnosis: 'domain-not-registered',
      page: 'trelica-domains',
      notes: [describeEmailProblem('domain-not-registered', f.registeredDomains)],
    };
  }
  const derived = fromFields([outcome], ticked) ?? { state: 'todo' };
  if (!check.domainsKnown) return { ...derived, notes: [...(derived.notes ?? []), say.domainsUnknown] };
  return derived;
}

function testConnection({ f, test, testPassed, testStaleNote }: RuleInput): Derived {
  const say = NOTES['test-connection'];
  const seen = fromJumpCloud(f, 'test-connection', test);
  // JumpCloud activates only over a working connection (its newer view has no separate Test
  // Connection button): an Activate it showed succeeding proves the test, unless JumpCloud's
  // own test said otherwise since.
  const { activate: activated, 'test-connection': tested } = f.jumpcloud.outcomes;
  if (activated?.result === 'success' && seen?.state !== 'done' && !(tested && tested.at > activated.at))
    return { state: 'done', notes: [say.provedByActivate] };
  if (seen) return seen;
  if (test && test.verdict !== 'ok') {
    const d = diagnose(test.verdict);
    return { state: 'warning', diagnosis: d.code, notes: [say.failed(d)] };
  }
  if (testPassed) return { state: 'done', diagnosis: 'ok', notes: [say.passed] };
  const needs = testNeeds(f);
  if (needs) return needs;
  return testStaleNote ? { state: 'todo', notes: [testStaleNote] } : { state: 'todo' };
}

function groupManagementOff({ f, ticked, testPassed }: RuleInput): Derived {
  const say = NOTES['group-management-off'];
  const group = f.jumpcloud.groupManagement;
  if (group === 'off') return { state: 'done' };
  if (group === 'on') return { state: 'warning', notes: [say.on] };
  if (!testPassed) return { state: 'blocked', notes: [say.beforeTest] };
  // Not seen (yet): the admin may have done it where the extension could not look.
  return byHand(ticked, say.unseen);
}

function activate({ f, ticked, testPassed, rehearsal, rehearsalStaleNote }: RuleInput): Derived {
  const say = NOTES.activate;
  const seen = fromJumpCloud(f, 'activate', rehearsal);
  if (seen) return seen;
  const passed = rehearsal?.verdict === 'ok';
  if (ticked) return { state: 'done', canTick: true, ...(passed ? { diagnosis: 'ok' as const } : {}) };
  if (f.jumpcloud.groupManagement === 'on') return { state: 'warning', canTick: true, notes: [say.groupManagementOn] };
  if (rehearsal && !passed) {
    const d = diagnose(rehearsal.verdict);
    return { state: 'warning', canTick: true, diagnosis: d.code, notes: [say.rehearsalFailed(d, rehearsal.userId)] };
  }
  // The rehearsal is not Activate itself: the admin still clicks it in JumpCloud.
  if (passed) return { state: 'todo', canTick: true, diagnosis: 'ok', notes: [say.rehearsalPassed] };
  if (!testPassed) return { state: 'blocked', canTick: true, notes: [say.testFirst] };
  return { state: 'todo', canTick: true, notes: [rehearsalStaleNote ?? say.rehearseFirst] };
}

/** JumpCloud's steps, in the order the admin meets them, and how each is derived. */
export const JUMPCLOUD_RULES: ReadonlyArray<readonly [StepId, Rule]> = [
  ['jumpcloud-app', jumpCloudApp],
  [
    'scim-api',
    ({ fields, ticked }) => fromFields([fields['api-type'], fields['scim-version']], ticked) ?? { state: 'todo' },
  ],
  [
    'base-url',
    ({ f, fields, ticked }) =>
      fromFields([fields['base-url']], ticked) ??
      (f.baseUrl ? { state: 'todo' } : { state: 'blocked', notes: [NOTES['base-url'].blocked] }),
  ],
  [
    'token',
    ({ f, fields, ticked }) =>
      fromFields([fields.token], ticked) ??
      (f.token.present ? { state: 'todo' } : { state: 'blocked', notes: [NOTES.token.blocked] }),
  ],
  ['test-email', testEmail],
  ['test-connection', testConnection],
  ['group-management-off', groupManagementOff],
  ['activate', activate],
  ['save', ({ ticked }) => ({ state: ticked ? 'done' : 'todo', canTick: true })],
  ['bind-groups', ({ f, ticked }) => deriveBindGroups(f, ticked)],
];
