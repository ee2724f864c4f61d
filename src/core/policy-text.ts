// The words for the organization's policy, as the popup shows them under "Managed by your
// organization": what each applied key changes, and why a key was ignored. Kept apart from
// policy.ts so the background's bundle carries none of them.
import { JUMPCLOUD_ORIGINS, TRELICA_ORIGINS } from './hosts';
import { MAX_TOKEN_MINUTES, type Policy, type ReadPolicy } from './policy';
import { IDP_IDS, IDP_NAMES } from './idp/ids';

const host = (origin: string): string => new URL(origin).host;

/** What each applied key means, in POLICY_KEYS order. */
export function describePolicy(policy: Policy, applied: readonly string[]): string[] {
  return applied.flatMap((key) => {
    switch (key) {
      case 'allowedTrelicaRegions':
        return [`Trelica: only ${(policy.trelicaRegions ?? []).map((r) => host(TRELICA_ORIGINS[r])).join(', ')}.`];
      case 'allowedJumpCloudRegions':
        return [
          `JumpCloud: only ${(policy.jumpcloudRegions ?? []).map((r) => host(JUMPCLOUD_ORIGINS[r])).join(', ')}.`,
        ];
      case 'testEmailDomain':
        return [`Test emails are suggested on ${policy.testEmailDomain}.`];
      case 'allowRehearsal':
        return [
          policy.allowRehearsal ? 'The activation rehearsal is allowed.' : 'The activation rehearsal is turned off.',
        ];
      case 'tokenTimeLimitMinutes':
        return [`The token is forgotten after ${policy.tokenMinutes} minute${policy.tokenMinutes === 1 ? '' : 's'}.`];
      case 'allowTypedToken':
        return [
          policy.allowTypedToken
            ? 'A token may be typed or pasted here.'
            : 'Only a token captured from Trelica is used; none can be typed here.',
        ];
      case 'supportContact':
        return [`Support: ${policy.supportContact}.`];
      case 'identityProviders':
        return [`Identity providers: only ${(policy.idps ?? []).map((id) => IDP_NAMES[id]).join(', ')}.`];
      case 'defaultIdentityProvider':
        return [`${IDP_NAMES[policy.defaultIdp!]} is chosen unless you pick another identity provider.`];
      default:
        return [];
    }
  });
}

/** What each known key expects, for the sentence saying why a value was ignored. */
const EXPECTS: Readonly<Record<string, string>> = {
  allowedTrelicaRegions: 'a list of "app", "eu"',
  allowedJumpCloudRegions: 'a list of "us", "eu", "in"',
  testEmailDomain: 'a domain such as example.com',
  allowRehearsal: 'true or false',
  tokenTimeLimitMinutes: `a whole number of minutes from 1 to ${MAX_TOKEN_MINUTES} (never longer)`,
  allowTypedToken: 'true or false',
  supportContact: 'text of at most 200 characters',
  identityProviders: `a list of ${IDP_IDS.map((id) => `"${id}"`).join(', ')}`,
  defaultIdentityProvider: `one of ${IDP_IDS.map((id) => `"${id}"`).join(', ')}, and one identityProviders lists when it is set`,
};

/** One sentence per ignored key. */
export function describeIgnored(ignored: ReadPolicy['ignored']): string[] {
  return ignored.map(({ key, known }) => {
    if (key === '') return 'The managed policy is not a set of keys and values; it was ignored.';
    return known
      ? `${key}: expected ${EXPECTS[key] ?? 'another value'}; ignored.`
      : `${key}: not a setting of this extension; ignored.`;
  });
}
