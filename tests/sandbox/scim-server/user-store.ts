// The in-memory users of one Trelica-like server, and Trelica's rules on them: userName is an
// email in a registered domain, unique regardless of case, and never changes after creation.
import { randomBytes } from 'node:crypto';
import { scimFailure } from './scim-error';

export interface StoredUser {
  id: string;
  userName: string;
  active: boolean;
  meta: { created: string; lastModified: string };
  /** Every other SCIM attribute as the client sent it (name, emails, displayName, roles...). */
  [attribute: string]: unknown;
}

/** Attributes the client may not set, or that the store owns. */
const OWNED = new Set(['id', 'schemas', 'meta', 'password', 'username', 'active']);

export function newUserId(): string {
  return randomBytes(16).toString('hex');
}

function invalidValue(message: string): Error {
  return scimFailure(400, message, 'invalidValue');
}

export function normalizeDomains(domains: readonly string[]): string[] {
  return [...new Set(domains.map((d) => d.trim().toLowerCase()).filter((d) => d.length > 0))];
}

export class UserStore {
  #users = new Map<string, StoredUser>();
  #domains: string[];

  constructor(domains: readonly string[]) {
    this.#domains = normalizeDomains(domains);
  }

  setDomains(domains: readonly string[]): void {
    this.#domains = normalizeDomains(domains);
  }

  list(): StoredUser[] {
    return [...this.#users.values()];
  }

  get(id: string): StoredUser | undefined {
    return this.#users.get(id);
  }

  findByUserName(userName: string): StoredUser | undefined {
    const wanted = userName.toLowerCase();
    return this.list().find((u) => u.userName.toLowerCase() === wanted);
  }

  clear(): void {
    this.#users.clear();
  }

  /** Direct creation for test setup: skips the domain rule, keeps uniqueness. */
  seed(userName: string, name: { givenName?: string; familyName?: string }): StoredUser {
    if (this.findByUserName(userName)) throw new Error(`A user with userName "${userName}" already exists`);
    const hasName = name.givenName !== undefined || name.familyName !== undefined;
    return this.#save({ userName, active: true, ...(hasName ? { name: { ...name } } : {}) });
  }

  /** POST: the domain rule, then uniqueness. `attributes` is a plain SCIM User object. */
  create(attributes: Record<string, unknown>): StoredUser {
    const userName = this.#checkedUserName(attributes);
    this.#checkEmails(attributes);
    if (this.findByUserName(userName)) {
      throw scimFailure(409, `A user with userName "${userName}" already exists`, 'uniqueness');
    }
    return this.#save({ ...this.#clientAttributes(attributes), userName, active: attributes.active !== false });
  }

  /** PUT, and PATCH after scimmy applied the operations: a full replacement except id and userName. */
  replace(id: string, attributes: Record<string, unknown>): StoredUser {
    const current = this.#users.get(id);
    if (!current) throw scimFailure(404, `Resource ${id} not found`);
    const userName = typeof attributes.userName === 'string' ? attributes.userName : current.userName;
    if (userName.toLowerCase() !== current.userName.toLowerCase()) {
      throw scimFailure(400, `userName cannot be changed after creation (it is "${current.userName}")`, 'mutability');
    }
    this.#checkEmails(attributes);
    const active = typeof attributes.active === 'boolean' ? attributes.active : current.active;
    return this.#save({ ...this.#clientAttributes(attributes), userName: current.userName, active }, current);
  }

  remove(id: string): void {
    if (!this.#users.delete(id)) throw scimFailure(404, `Resource ${id} not found`);
  }

  #save(
    attributes: Record<string, unknown> & { userName: string; active: boolean },
    previous?: StoredUser,
  ): StoredUser {
    const now = new Date().toISOString();
    const id = previous?.id ?? newUserId();
    const user: StoredUser = { ...attributes, id, meta: { created: previous?.meta.created ?? now, lastModified: now } };
    this.#users.set(id, user);
    return user;
  }

  #clientAttributes(attributes: Record<string, unknown>): Record<string, unknown> {
    return Object.fromEntries(Object.entries(attributes).filter(([key]) => !OWNED.has(key.toLowerCase())));
  }

  #checkedUserName(attributes: Record<string, unknown>): string {
    const userName = attributes.userName;
    if (typeof userName !== 'string' || userName.trim() === '') throw invalidValue('userName is required');
    this.#checkDomain('userName', userName);
    return userName;
  }

  #checkEmails(attributes: Record<string, unknown>): void {
    const emails = Array.isArray(attributes.emails) ? (attributes.emails as unknown[]) : [];
    for (const email of emails) {
      const value = (email as { value?: unknown } | null)?.value;
      if (typeof value === 'string') this.#checkDomain('emails.value', value);
    }
  }

  #checkDomain(attribute: string, address: string): void {
    const at = address.lastIndexOf('@');
    const domain =
      at > 0
        ? address
            .slice(at + 1)
            .trim()
            .toLowerCase()
        : '';
    if (!domain) throw invalidValue(`${attribute} "${address}" is not an email address`);
    if (!this.#domains.includes(domain)) {
      const registered = this.#domains.length ? this.#domains.join(', ') : 'none';
      throw invalidValue(
        `The domain "${domain}" of ${attribute} "${address}" is not registered for user requests (registered domains: ${registered})`,
      );
    }
  }
}
