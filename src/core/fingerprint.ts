// A short one-way name for a token: 64 bits of SHA-256 over a domain-separated input. Results
// in storage.local and the JumpCloud page's Token Key field are compared through it, so neither
// ever needs the token itself. Used through core/tested.ts's tokenFingerprint().
export async function fingerprint(token: string): Promise<string | null> {
  if (token === '') return null;
  const bytes = new TextEncoder().encode(`scim-setup-assistant/token/${token}`);
  const digest = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes));
  return [...digest.slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
