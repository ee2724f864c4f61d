// The organization's managed policy: each key validated on its own, a wrong one ignored and
// named, never a throw, whatever managed storage holds.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  effectiveIdp,
  idpRefusal,
  jumpCloudRegionRefusal,
  MAX_TOKEN_MINUTES,
  NO_POLICY,
  POLICY_KEYS,
  readPolicy,
  trelicaRegionRefusal,
} from '../../../src/core/policy';
import { describeIgnored, describePolicy } from '../../../src/core/policy-text';
import { IDP_IDS } from '../../../src/core/idp/ids';

/** The sentences the popup shows for the keys that were ignored. */
const problems = (raw: unknown) => describeIgnored(readPolicy(raw).ignored);

const FULL = {
  allowedTrelicaRegions: ['eu'],
  allowedJumpCloudRegions: ['eu', 'us'],
  testEmailDomain: ' Example.COM ',
  allowRehearsal: false,
  tokenTimeLimitMinutes: 5,
  allowTypedToken: false,
  supportContact: 'it-help@example.com',
  identityProviders: ['okta', 'jumpcloud'],
  defaultIdentityProvider: 'okta',
};

describe('readPolicy', () => {
  it('applies nothing when there is no policy (Chrome answers {}, Firefox without policies fails)', () => {
    for (const raw of [{}, undefined, null])
      expect(readPolicy(raw)).toEqual({ policy: NO_POLICY, applied: [], ignored: [] });
  });

  it('applies every valid key, normalized', () => {
    const read = readPolicy(FULL);
    expect(read.ignored).toEqual([]);
    expect(read.applied).toEqual(POLICY_KEYS);
    expect(read.policy).toEqual({
      trelicaRegions: ['eu'],
      jumpcloudRegions: ['eu', 'us'],
      testEmailDomain: 'example.com',
      allowRehearsal: false,
      tokenMinutes: 5,
      allowTypedToken: false,
      supportContact: 'it-help@example.com',
      idps: ['okta', 'jumpcloud'],
      defaultIdp: 'okta',
    });
  });

  it('applies a partial policy and leaves the rest as without one', () => {
    const read = readPolicy({ allowRehearsal: false });
    expect(read.applied).toEqual(['allowRehearsal']);
    expect(read.policy).toEqual({ ...NO_POLICY, allowRehearsal: false });
  });

  it.each([
    ['allowedTrelicaRegions', 'app.trelica.com'],
    ['allowedTrelicaRegions', ['us']],
    ['allowedTrelicaRegions', []],
    ['allowedJumpCloudRegions', ['au']],
    ['testEmailDomain', 'not a domain'],
    ['testEmailDomain', 42],
    ['allowRehearsal', 'false'],
    ['tokenTimeLimitMinutes', 45],
    ['tokenTimeLimitMinutes', 0],
    ['tokenTimeLimitMinutes', 2.5],
    ['tokenTimeLimitMinutes', '5'],
    ['allowTypedToken', 1],
    ['supportContact', ''],
    ['supportContact', 'x'.repeat(201)],
    ['identityProviders', 'okta'],
    ['identityProviders', []],
    ['identityProviders', ['okta', 'onelogin']],
    ['defaultIdentityProvider', 'Microsoft Entra ID'],
    ['defaultIdentityProvider', 'Okta'],
    ['defaultIdentityProvider', ['okta']],
  ])('ignores %s = %j, names it, and still applies the other keys', (key, value) => {
    const read = readPolicy({ ...FULL, [key]: value });
    expect(read.ignored).toEqual([{ key, known: true }]);
    expect(problems({ ...FULL, [key]: value })).toEqual([
      expect.stringMatching(new RegExp(`^${key}: expected .+; ignored\\.$`)),
    ]);
    expect(read.applied).toEqual(POLICY_KEYS.filter((k) => k !== key));
    const without = readPolicy(Object.fromEntries(Object.entries(FULL).filter(([k]) => k !== key)));
    expect(read.policy).toEqual(without.policy);
  });

  it('never lets the token be kept longer than 30 minutes', () => {
    expect(readPolicy({ tokenTimeLimitMinutes: MAX_TOKEN_MINUTES }).policy.tokenMinutes).toBe(30);
    expect(readPolicy({ tokenTimeLimitMinutes: MAX_TOKEN_MINUTES + 1 }).policy.tokenMinutes).toBe(30);
  });

  it('names unknown keys as ignored', () => {
    const read = readPolicy({ allowRehersal: false, allowRehearsal: true });
    expect(read.applied).toEqual(['allowRehearsal']);
    expect(problems({ allowRehersal: false, allowRehearsal: true })).toEqual([
      'allowRehersal: not a setting of this extension; ignored.',
    ]);
  });

  it('ignores a policy that is not a set of keys', () => {
    for (const raw of ['x', 3, [FULL], true]) {
      expect(readPolicy(raw).policy).toEqual(NO_POLICY);
      expect(problems(raw)).toEqual(['The managed policy is not a set of keys and values; it was ignored.']);
    }
  });

  it('never throws, and yields a whole Policy whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.anything(), fc.dictionary(fc.constantFrom(...POLICY_KEYS, 'other'), fc.anything())),
        (raw) => {
          const read = readPolicy(raw);
          expect(Object.keys(read.policy).sort()).toEqual(Object.keys(NO_POLICY).sort());
          expect(read.policy.tokenMinutes).toBeGreaterThanOrEqual(1);
          expect(read.policy.tokenMinutes).toBeLessThanOrEqual(MAX_TOKEN_MINUTES);
        },
      ),
    );
  });
});

describe('describePolicy', () => {
  it('says what each applied key changes, in order', () => {
    const words = (raw: unknown) => {
      const read = readPolicy(raw);
      return describePolicy(read.policy, read.applied);
    };
    expect(words(FULL)).toEqual([
      'Trelica: only eu.trelica.com.',
      'JumpCloud: only console.eu.jumpcloud.com, console.jumpcloud.com.',
      'Test emails are suggested on example.com.',
      'The activation rehearsal is turned off.',
      'The token is forgotten after 5 minutes.',
      'Only a token captured from Trelica is used; none can be typed here.',
      'Support: it-help@example.com.',
      'Identity providers: only Okta, JumpCloud.',
      'Okta is chosen unless you pick another identity provider.',
    ]);
    expect(words({ tokenTimeLimitMinutes: 1, allowRehearsal: true })).toEqual([
      'The activation rehearsal is allowed.',
      'The token is forgotten after 1 minute.',
    ]);
  });
});

describe('identity providers', () => {
  it('ignores a default the list leaves out, and says why', () => {
    const raw = { identityProviders: ['jumpcloud'], defaultIdentityProvider: 'okta' };
    const read = readPolicy(raw);
    expect(read.policy.idps).toEqual(['jumpcloud']);
    expect(read.policy.defaultIdp).toBeNull();
    expect(read.applied).toEqual(['identityProviders']);
    expect(problems(raw)).toEqual([
      'defaultIdentityProvider: expected one of "jumpcloud", "okta", "entra", and one identityProviders lists when it is set; ignored.',
    ]);
  });

  it("refuses an IdP's console the list leaves out, naming the allowed ones", () => {
    const { policy } = readPolicy({ identityProviders: ['jumpcloud'] });
    expect(idpRefusal(policy, 'okta')).toBe('Your organization sets up provisioning from JumpCloud only, not Okta.');
    expect(idpRefusal(policy, 'jumpcloud')).toBeNull();
    expect(idpRefusal(NO_POLICY, 'okta')).toBeNull();
  });

  describe('effectiveIdp', () => {
    const policy = (raw: object) => readPolicy(raw).policy;
    it('keeps the choice without a policy', () => {
      for (const choice of [
        { chosen: 'jumpcloud', by: 'default' },
        { chosen: 'okta', by: 'detected' },
        { chosen: 'jumpcloud', by: 'admin' },
      ] as const)
        expect(effectiveIdp(choice, NO_POLICY)).toBe(choice);
    });
    it("pre-selects the policy's default until the admin picks or a console is seen", () => {
      const p = policy({ defaultIdentityProvider: 'okta' });
      expect(effectiveIdp({ chosen: 'jumpcloud', by: 'default' }, p)).toEqual({ chosen: 'okta', by: 'default' });
      expect(effectiveIdp({ chosen: 'jumpcloud', by: 'admin' }, p)).toEqual({ chosen: 'jumpcloud', by: 'admin' });
      expect(effectiveIdp({ chosen: 'jumpcloud', by: 'detected' }, p)).toEqual({
        chosen: 'jumpcloud',
        by: 'detected',
      });
    });
    it('never walks an IdP the list leaves out: the default, else the first listed', () => {
      expect(effectiveIdp({ chosen: 'jumpcloud', by: 'admin' }, policy({ identityProviders: ['okta'] }))).toEqual({
        chosen: 'okta',
        by: 'default',
      });
      expect(effectiveIdp({ chosen: 'okta', by: 'detected' }, policy({ identityProviders: ['jumpcloud'] }))).toEqual({
        chosen: 'jumpcloud',
        by: 'default',
      });
    });
  });
});

describe('region refusals', () => {
  const { policy } = readPolicy(FULL);
  it('refuses a region the policy leaves out, and allows the rest', () => {
    expect(trelicaRegionRefusal(policy, 'us')).toBe('Your organization allows only eu.trelica.com for Trelica.');
    expect(trelicaRegionRefusal(policy, 'eu')).toBeNull();
    expect(jumpCloudRegionRefusal(policy, 'in')).toBe(
      'Your organization allows only console.eu.jumpcloud.com and console.jumpcloud.com for JumpCloud.',
    );
    expect(jumpCloudRegionRefusal(policy, 'us')).toBeNull();
  });
  it('allows every region without a policy', () => {
    expect(trelicaRegionRefusal(NO_POLICY, 'us')).toBeNull();
    expect(jumpCloudRegionRefusal(NO_POLICY, 'in')).toBeNull();
  });
});

describe('public/managed-schema.json (what Chrome checks the policy against)', () => {
  it('names exactly the keys the extension reads, with the same allowed values', async () => {
    const { readFileSync } = await import('node:fs');
    const schema = JSON.parse(
      readFileSync(new URL('../../../public/managed-schema.json', import.meta.url), 'utf8'),
    ) as {
      properties: Record<string, { type: string; items?: { enum: string[] }; minimum?: number; maximum?: number }>;
    };
    expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_KEYS].sort());
    const props = schema.properties;
    // Each listed value is accepted by the extension, and each value outside it is not.
    for (const key of ['allowedTrelicaRegions', 'allowedJumpCloudRegions']) {
      expect(readPolicy({ [key]: props[key]!.items!.enum }).applied).toEqual([key]);
      expect(readPolicy({ [key]: ['elsewhere'] }).applied).toEqual([]);
    }
    expect(readPolicy({ identityProviders: props.identityProviders!.items!.enum }).applied).toEqual([
      'identityProviders',
    ]);
    expect([...props.identityProviders!.items!.enum].sort()).toEqual([...IDP_IDS].sort());
    const idpEnum = (props.defaultIdentityProvider as unknown as { enum: string[] }).enum;
    expect([...idpEnum].sort()).toEqual([...IDP_IDS].sort());
    for (const id of idpEnum)
      expect(readPolicy({ defaultIdentityProvider: id }).applied).toEqual(['defaultIdentityProvider']);
    expect(props.tokenTimeLimitMinutes).toMatchObject({ minimum: 1, maximum: MAX_TOKEN_MINUTES });
    for (const [key, value] of [
      ['allowRehearsal', true],
      ['allowTypedToken', false],
      ['testEmailDomain', 'example.com'],
      ['supportContact', 'it@example.com'],
    ] as const) {
      expect(typeof value === 'boolean' ? 'boolean' : 'string').toBe(props[key]!.type);
      expect(readPolicy({ [key]: value }).applied).toEqual([key]);
    }
  });
});
