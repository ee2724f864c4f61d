// What both redactors (the SCIM client's excerpts and the copied report) put in a secret's place,
// and how they turn a secret into a pattern. Kept apart so the popup does not load the SCIM one.

export const REDACTED = '[redacted]';

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
