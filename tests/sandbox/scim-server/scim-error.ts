// SCIM error bodies written by hand: scimmy's ErrorResponse refuses statuses RFC 7644 does not
// list (429, 302...), and the middleware in front of the router must answer without it.
import type { Response } from 'express';
import SCIMMY from 'scimmy';

export const SCIM_ERROR_URN = 'urn:ietf:params:scim:api:messages:2.0:Error';
export const SCIM_CONTENT_TYPE = 'application/scim+json';

export interface ScimErrorBody {
  schemas: [typeof SCIM_ERROR_URN];
  status: string;
  scimType?: string;
  detail: string;
}

export function scimErrorBody(status: number, detail: string, scimType?: string): ScimErrorBody {
  return { schemas: [SCIM_ERROR_URN], status: String(status), ...(scimType ? { scimType } : {}), detail };
}

export function sendScimError(res: Response, status: number, detail: string, scimType?: string): void {
  res
    .status(status)
    .type(SCIM_CONTENT_TYPE)
    .send(JSON.stringify(scimErrorBody(status, detail, scimType)));
}

/**
 * The error a scimmy handler must throw: scimmy turns any other Error into a misleading 404.
 * (scimmy's typings want a string scimType; at runtime it expects null when there is none.)
 */
export function scimFailure(status: number, message: string, scimType?: string): Error {
  return new SCIMMY.Types.Error(status, scimType ?? (null as unknown as string), message);
}
