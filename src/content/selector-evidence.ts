// The shape of the evidence kept beside each site's selectors (<site>/selector-evidence.ts).
// Data for tests only: no content script imports it, so none of it counts against their budget.

export interface SelectorEvidence {
  /**
   * The fixture pages (tests/fixtures: jumpcloud/, trelica/, and the real-library consoles in
   * libraries/) on which this spec is what finds its element. tests/unit/content/
   * selector-evidence.test.ts loads each one and checks the element found is the intended one.
   */
  fixtures: readonly string[];
  /** What the element found reads (its label, text, or value; each spec's check says which),
   *  the same on every page... */
  reads?: string;
  /** ...or, per page, where it differs. */
  readsOn?: Readonly<Record<string, string>>;
  /** What vendor documentation says of the element, where known. No vendor page's address is on
   *  record in this repository, so each is named, not linked. */
  docs?: readonly string[];
  /** Why no fixture page proves this spec yet (then `fixtures` is empty). */
  unproven?: string;
}

export type EvidenceOf<Name extends string> = Readonly<Record<Name, SelectorEvidence>>;
