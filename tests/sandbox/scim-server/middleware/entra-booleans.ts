// Trelica serves Entra ID, whose default PATCH sends booleans as strings: a disable is
// {"op":"Replace","path":"active","value":"False"}. Microsoft asks SCIM servers to accept that,
// and a Trelica that refused it could deactivate no one provisioned from Entra. scimmy refuses
// a string where a boolean belongs, so PATCH bodies are read here first and "True"/"False" for
// `active` become booleans. A server made with acceptEntraBooleanStrings: false skips this and
// answers scimmy's 400, as a strict server would.
import express, { type RequestHandler } from 'express';
import { logEntryOf } from './request-log';

const parseJson = express.json({ type: ['application/scim+json', 'application/json'], limit: '1mb' });
const BOOLEAN_WORD = /^(true|false)$/i;

function asBoolean(value: unknown): unknown {
  return typeof value === 'string' && BOOLEAN_WORD.test(value) ? value.toLowerCase() === 'true' : value;
}

function foldActive(operation: Record<string, unknown>): void {
  const path = operation['path'];
  if (typeof path === 'string') {
    if (path.toLowerCase() === 'active') operation['value'] = asBoolean(operation['value']);
    return;
  }
  const value = operation['value'];
  if (typeof value !== 'object' || value === null) return;
  for (const key of Object.keys(value)) {
    if (key.toLowerCase() === 'active') (value as Record<string, unknown>)[key] = asBoolean(value[key as never]);
  }
}

export function entraBooleans(accept: () => boolean): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'PATCH' || !accept()) {
      next();
      return;
    }
    parseJson(req, res, (error?: unknown) => {
      if (error) {
        next(error);
        return;
      }
      // The log shows what the client sent, not what this made of it.
      logEntryOf(res)?.keepSentBody(req.body);
      const operations = (req.body as { Operations?: unknown } | undefined)?.Operations;
      if (Array.isArray(operations)) {
        for (const op of operations)
          if (typeof op === 'object' && op !== null) foldActive(op as Record<string, unknown>);
      }
      next();
    });
  };
}
