// The content scripts check replies structurally instead of with zod (size budget). This
// holds that check to the zod reply schemas: what the background may send passes, and what
// the schemas refuse for its shape is refused too.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REPLY_OF } from '../../../src/core/messages';
import { replyLooksRight, type ContentRequestType } from '../../../src/content/send';

const refusal = fc.record({ ok: fc.constant(false as const), message: fc.string({ maxLength: 200 }) });
const domains = fc.option(fc.array(fc.domain(), { maxLength: 5 }), { nil: null });
const locator = fc.record(
  {
    id: fc.string({ maxLength: 20 }),
    testId: fc.string({ maxLength: 20 }),
    name: fc.string({ maxLength: 20 }),
    label: fc.string({ maxLength: 40 }),
  },
  { requiredKeys: ['label'] },
);
const locators = fc.dictionary(
  fc.constantFrom('api-type', 'scim-version', 'base-url', 'token', 'test-email'),
  locator,
  { maxKeys: 5 },
);
const JUMPCLOUD_AND_TRELICA = {
  'trelica/capture': fc.oneof(
    fc.record({
      ok: fc.constant(true as const),
      baseUrl: fc.webUrl(),
      tokenMasked: fc.string({ maxLength: 20 }),
      fixes: fc.array(fc.string({ maxLength: 40 }), { maxLength: 4 }),
      scimState: fc.constantFrom('no-token', 'not-enabled', 'enabled', 'unknown'),
    }),
    refusal,
  ),
  'jumpcloud/fill': fc.oneof(
    fc.record({
      ok: fc.constant(true as const),
      baseUrl: fc.webUrl(),
      token: fc.string({ minLength: 16, maxLength: 60 }),
      testEmail: fc.option(fc.emailAddress(), { nil: null }),
      suggested: fc.boolean(),
      registeredDomains: domains,
      remembered: locators,
    }),
    refusal,
  ),
  'trelica/page': fc.oneof(fc.constant({ ok: true }), refusal),
  'trelica/domains': fc.oneof(fc.constant({ ok: true }), refusal),
  'jumpcloud/observation': fc.oneof(fc.constant({ ok: true }), refusal),
  'jumpcloud/outcome': fc.oneof(fc.constant({ ok: true }), refusal),
  'jumpcloud/about-to': fc.oneof(
    fc.record({ ok: fc.constant(true as const), lines: fc.array(fc.string({ maxLength: 80 }), { maxLength: 4 }) }),
    refusal,
  ),
  'jumpcloud/find-out-why': fc.oneof(
    fc.record({
      ok: fc.constant(true as const),
      code: fc.constantFrom('ok', 'unauthorized', 'user-exists'),
      title: fc.string({ maxLength: 60 }),
      lines: fc.array(fc.string({ maxLength: 80 }), { maxLength: 4 }),
      link: fc.record({ label: fc.string({ maxLength: 40 }), href: fc.webUrl() }),
    }),
    refusal,
  ),
  'jumpcloud/filled': fc.oneof(
    fc.record({ ok: fc.constant(true as const), lines: fc.array(fc.string({ maxLength: 80 }), { maxLength: 6 }) }),
    refusal,
  ),
  'trelica/remember-field': fc.oneof(fc.constant({ ok: true }), refusal),
  'jumpcloud/remember-field': fc.oneof(fc.constant({ ok: true }), refusal),
  'trelica/remembered': fc.oneof(fc.record({ ok: fc.constant(true as const), locators }), refusal),
  'trelica/start': fc.oneof(fc.record({ ok: fc.constant(true as const), started: fc.boolean() }), refusal),
  'jumpcloud/start': fc.oneof(fc.record({ ok: fc.constant(true as const), started: fc.boolean() }), refusal),
};
// Okta's and Entra ID's families answer as JumpCloud's does.
const KINDS = [
  'fill',
  'observation',
  'outcome',
  'filled',
  'about-to',
  'find-out-why',
  'remember-field',
  'start',
] as const;
const asJumpCloud = (family: 'okta' | 'entra') =>
  Object.fromEntries(KINDS.map((kind) => [`${family}/${kind}`, JUMPCLOUD_AND_TRELICA[`jumpcloud/${kind}`]]));
const VALID = {
  ...JUMPCLOUD_AND_TRELICA,
  ...asJumpCloud('okta'),
  ...asJumpCloud('entra'),
} as Record<ContentRequestType, fc.Arbitrary<unknown>>;
const TYPES = Object.keys(VALID) as ContentRequestType[];

describe('replyLooksRight', () => {
  it.each(TYPES)('accepts every reply the %s schema accepts', (type) => {
    fc.assert(
      fc.property(VALID[type], (reply) => {
        expect(REPLY_OF[type].safeParse(reply).success).toBe(true);
        expect(replyLooksRight(type, reply)).toBe(true);
      }),
    );
  });

  it.each<[ContentRequestType, unknown]>([
    ['jumpcloud/fill', undefined],
    ['jumpcloud/fill', null],
    ['jumpcloud/fill', 'ok'],
    ['jumpcloud/fill', { ok: true }],
    [
      'jumpcloud/fill',
      {
        ok: true,
        baseUrl: 'https://app.trelica.com/api/scim/v2',
        token: 5,
        testEmail: null,
        suggested: false,
        registeredDomains: null,
        remembered: {},
      },
    ],
    [
      'jumpcloud/fill',
      {
        ok: true,
        baseUrl: 'https://app.trelica.com/api/scim/v2',
        token: 'x'.repeat(20),
        testEmail: null,
        registeredDomains: null,
        remembered: {},
      },
    ],
    ['jumpcloud/filled', { ok: true, lines: 'Filled.' }],
    ['jumpcloud/about-to', { ok: true }],
    ['jumpcloud/find-out-why', { ok: true, code: 'ok', title: 'x', lines: [] }],
    ['trelica/remembered', { ok: true }],
    [
      'jumpcloud/fill',
      {
        ok: true,
        baseUrl: 'https://app.trelica.com/api/scim/v2',
        token: 'x'.repeat(20),
        testEmail: 3,
        suggested: false,
        registeredDomains: null,
      },
    ],
    [
      'jumpcloud/fill',
      {
        ok: true,
        baseUrl: 'https://app.trelica.com/api/scim/v2',
        token: 'x'.repeat(20),
        testEmail: null,
        suggested: false,
        registeredDomains: [1],
      },
    ],
    ['jumpcloud/fill', { ok: false }],
    [
      'trelica/capture',
      {
        ok: true,
        baseUrl: 'https://app.trelica.com/api/scim/v2',
        tokenMasked: 'ab…yz',
        fixes: 'none',
        scimState: 'enabled',
      },
    ],
    ['trelica/capture', { ok: 'yes' }],
    ['trelica/page', {}],
  ])('refuses a %s reply of the wrong shape: %j', (type, reply) => {
    expect(REPLY_OF[type].safeParse(reply).success).toBe(false);
    expect(replyLooksRight(type, reply)).toBe(false);
  });
});
