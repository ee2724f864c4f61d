// What a SCIM 2.0 server must answer (RFC 7643/7644), checked as loosely as JumpCloud needs and
// no looser: the URNs, the fields JumpCloud reads, and nothing that a real server may omit.
import { count, z } from '../zod';

export const SCIM_URN = {
  listResponse: 'urn:ietf:params:scim:api:messages:2.0:ListResponse',
  error: 'urn:ietf:params:scim:api:messages:2.0:Error',
  patchOp: 'urn:ietf:params:scim:api:messages:2.0:PatchOp',
  user: 'urn:ietf:params:scim:schemas:core:2.0:User',
  enterpriseUser: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User',
} as const;

/** A `schemas` array that names the given URN (other URNs, such as extensions, may follow). */
function schemasWith(urn: string) {
  return z.array(z.string()).check(z.refine((list) => list.includes(urn), { message: `schemas lacks ${urn}` }));
}

export const ScimUserSchema = z.looseObject({
  schemas: schemasWith(SCIM_URN.user),
  id: z.string().check(z.refine((s) => s !== '', 'empty')),
  userName: z.string(),
  active: z.optional(z.boolean()),
});
export type ScimUser = z.infer<typeof ScimUserSchema>;

// RFC 7644 3.4.2: "Resources" is REQUIRED only when totalResults is non-zero. The resources are
// checked only for an id: a list of 1 user is what JumpCloud reads, and its shape is checked apart.
export const ListResponseSchema = z
  .looseObject({
    schemas: schemasWith(SCIM_URN.listResponse),
    totalResults: count(),
    Resources: z.optional(z.array(z.looseObject({ id: z.optional(z.string()) }))),
    startIndex: z.optional(z.number()),
    itemsPerPage: z.optional(z.number()),
  })
  .check(
    z.refine((list) => list.totalResults === 0 || Array.isArray(list.Resources), {
      message: 'Resources is missing while totalResults is not 0',
    }),
  );
export type ListResponse = z.infer<typeof ListResponseSchema>;

export const ScimErrorSchema = z.looseObject({
  schemas: schemasWith(SCIM_URN.error),
  // RFC 7644 says a string; several servers send a number. A string or a finite number, as
  // z.union([z.string(), z.number()]) would check, without z.union's code in the background.
  status: z.optional(z.custom<string | number>((v) => typeof v === 'string' || Number.isFinite(v))),
  scimType: z.optional(z.string()),
  detail: z.optional(z.string()),
});
export type ScimError = z.infer<typeof ScimErrorSchema>;

/** The user the rehearsal creates: the attributes JumpCloud's Activate sends. */
export function newUserBody(email: string, givenName: string, familyName: string) {
  return {
    schemas: [SCIM_URN.user],
    userName: email,
    name: { givenName, familyName },
    emails: [{ value: email, type: 'work', primary: true }],
    active: true,
  };
}

/** One `replace` operation with a path, as JumpCloud's update sends (Trelica requires a path). */
export function replaceOpBody(path: string, value: unknown) {
  return { schemas: [SCIM_URN.patchOp], Operations: [{ op: 'replace', path, value }] };
}

/** A SCIM filter string literal: the value quoted, with `"` and `\` escaped (RFC 7644 3.4.2.2). */
export function userNameEq(userName: string): string {
  return `userName eq "${userName.replace(/["\\]/g, (c) => `\\${c}`)}"`;
}
