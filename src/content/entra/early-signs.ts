// The early script's signs of an Entra page we serve (the script's own are in ./signs.ts),
// chosen once per document by where it runs:
// - in a blade's frame: a label, heading, cell or button, not hidden, reading one of the
//   provisioning blades' own words ("Tenant URL", "Secret Token", "Provisioning Mode", "Select
//   authentication method", the groups' mapping, "Provision on demand");
// - in the shell's top frame: a notification (role alert/status, a toast) with the words of
//   Entra's connection test ("Testing connection to", the success or failure sentence).
import { ENTRA_SHELL_ORIGINS } from '../../core/hosts';
import type { EarlySigns } from '../dom/signs';
import { isOneOf, NOT_HIDDEN, readsAny } from '../dom/xpath';
import { APPEAR_SELECTOR, NOTICE_APPEAR } from './selectors';

// BASE_URL, TOKEN, MODE, AUTH_METHOD, GROUPS_MAPPING and "Provision on demand", in words for XPath.
const FRAME_TEXTS = [
  'tenant url',
  'secret token',
  'provisioning mode',
  'select authentication method',
  'provision microsoft entra id groups',
  'provision azure active directory groups',
  'provision on demand',
];
// TESTING, TEST_SUCCESS and TEST_FAILURE's first words, in words for XPath.
const SHELL_TEXTS = [
  'testing connection to',
  'supplied credentials are authorized',
  'entered invalid credentials',
  'credentialvalidationunavailable',
];

// The groups' own mapping page may name it only in its read-only Name field's value.
const NAME_FIELD =
  "self::input and contains(translate(@value,'PG','pg'),'provision') and contains(translate(@value,'PG','pg'),' groups')";

// No route gate: the early script arms here only on an Entra origin (core/hosts.ts
// isEntraOrigin), and a frame's or the shell's routes say nothing of what it shows.
export const ENTRA_FRAME_EARLY_SIGNS: EarlySigns = {
  appearSelector: APPEAR_SELECTOR,
  // Built when the early script arms here, not when it starts on every console page.
  get shows() {
    return `((${isOneOf({
      tags: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend', 'label', 'a', 'button', 'td', 'th'],
      roles: ['heading', 'gridcell', 'rowheader', 'link', 'button', 'combobox'],
    })}) and ${readsAny(FRAME_TEXTS)} or ${NAME_FIELD}) and ${NOT_HIDDEN}`;
  },
};

export const ENTRA_SHELL_EARLY_SIGNS: EarlySigns = {
  appearSelector: NOTICE_APPEAR,
  get shows() {
    return `(${isOneOf({
      roles: ['alert', 'status', 'alertdialog'],
      classWords: ['toast', 'notification'],
    })}) and ${readsAny(SHELL_TEXTS, 800)} and ${NOT_HIDDEN}`;
  },
};

/**
 * The signs for a document on an Entra origin: the shell's top frame's, or a blade frame's (on a
 * reactblade host). None for a frame of the shell's own origin, or a reactblade page as a top
 * document: neither is a page we serve, and the background would refuse their messages anyway.
 */
export function entraEarlySigns(origin: string, isTop: boolean): EarlySigns | null {
  const shell = (ENTRA_SHELL_ORIGINS as readonly string[]).includes(origin);
  if (shell !== isTop) return null;
  return shell ? ENTRA_SHELL_EARLY_SIGNS : ENTRA_FRAME_EARLY_SIGNS;
}
