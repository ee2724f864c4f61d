// storage.local "progress": the non-secret facts (core/progress.ts), and every shape a build on
// main has written there. The project has no tags: each commit that changed the stored shape
// counts as a release. Samples of each: tests/fixtures/stored/progress-v*.json.
//
//   v1  f920ae8 .. 8360b69 (Nov 28)  the first shape: Base URL, test email, registered domains,
//                                     Trelica and JumpCloud facts, last test and rehearsal, ticks.
//   v2  59051b5 .. ae21ecd (Dec 1)   + drafts (what the popup's fields held that was unusable);
//                                     results say what they tested (`tested`, optional: v1's
//                                     results have none); diagnosis "email-invalid".
//   v3  e79d704                      + remembered (fields picked by hand, per console origin).
//   v4  ceaf1bb .. (Dec 1)           + jumpcloud.outcomes and jumpcloud.boundGroups; step
//                                     "bind-groups". The first shape written with its version.
//   v5  (Dec 6)                      + okta (what Okta's app pages showed) and idp (the IdP the
//                                     admin is setting up); steps of Okta's checklist.
//   v6  (Dec 6)                      + entra (what Entra ID's blades and notifications showed);
//                                     steps of Entra ID's checklist.
//
// Shapes up to v4 were written without a version (read.ts treats them as v1): each migration
// below only fills in what is absent, so it leaves a later shape as it is.
import { EMPTY_PROGRESS, ProgressSchema, type Progress } from '../progress';
import { readStored, type StoredKey } from './read';
import { isJson } from './salvage';
import { DEFAULT_IDP_CHOICE } from '../facts';
import { EMPTY_OKTA_FACTS } from '../idp/okta/facts';
import { EMPTY_ENTRA_FACTS } from '../idp/entra/facts';

export const PROGRESS_KEY: StoredKey<Progress> = {
  key: 'progress',
  area: 'local',
  schema: ProgressSchema,
  fallback: EMPTY_PROGRESS,
  migrations: [
    // v1 -> v2: no draft kept.
    (v) => ({ drafts: { baseUrl: null, testEmail: null }, ...v }),
    // v2 -> v3: no field picked by hand.
    (v) => ({ remembered: {}, ...v }),
    // v3 -> v4: no outcome seen on JumpCloud, its User Groups tab not seen.
    (v) => (isJson(v.jumpcloud) ? { ...v, jumpcloud: { outcomes: {}, boundGroups: null, ...v.jumpcloud } } : v),
    // v4 -> v5: nothing seen on Okta; JumpCloud, as before Okta was served.
    (v) => ({ okta: EMPTY_OKTA_FACTS, idp: DEFAULT_IDP_CHOICE, ...v }),
    // v5 -> v6: nothing seen on Entra ID.
    (v) => ({ entra: EMPTY_ENTRA_FACTS, ...v }),
  ],
  label: 'all saved progress',
  sections: {
    baseUrl: 'the Base URL',
    testEmail: 'the test user email',
    drafts: 'what the fields held',
    registeredDomains: "Trelica's registered domains",
    trelica: 'what the Trelica page showed',
    jumpcloud: 'what the JumpCloud page showed',
    okta: 'what the Okta page showed',
    entra: 'what the Entra ID pages showed',
    idp: 'the identity provider you chose',
    lastConnectionTest: 'the last connection test',
    lastRehearsal: 'the last rehearsal',
    ticked: 'the steps you ticked',
    remembered: 'the fields you picked by hand',
  },
};

/** Whatever storage held, as valid progress: what can be read of it, the rest empty. */
export const readProgress = (raw: unknown): Progress => readStored(PROGRESS_KEY, raw).value;
