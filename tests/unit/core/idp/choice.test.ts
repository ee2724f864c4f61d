// A change of IdP keeps only the ticks of the steps every IdP's checklist has.
import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../../../../src/core/checklist';
import { chooseIdp, SHARED_STEPS } from '../../../../src/core/idp/choice';
import { IDP_IDS } from '../../../../src/core/idp/ids';
import { PROFILES } from '../../../../src/core/idp/profiles';
import { EMPTY_PROGRESS, type Progress } from '../../../../src/core/progress';
import { makeState } from '../../../helpers/states';

describe('SHARED_STEPS', () => {
  it.each(IDP_IDS)("are exactly the steps of %s's checklist that are not its own", (id) => {
    const own = new Set(PROFILES[id].rules.map(([step]) => step));
    const listed = buildChecklist({ ...makeState(), idp: { chosen: id, by: 'admin' }, hostAccess: true }).map(
      (i) => i.id,
    );
    expect(listed.filter((step) => !own.has(step)).sort()).toEqual([...SHARED_STEPS].sort());
  });
});

describe('chooseIdp', () => {
  const ticked: Progress = {
    ...EMPTY_PROGRESS,
    ticked: ['save', 'default-role', 'test-connection', 'trelica-enable-scim'],
  };

  it("records the admin's pick", () => {
    expect(chooseIdp(EMPTY_PROGRESS, 'okta').idp).toEqual({ chosen: 'okta', by: 'admin' });
  });

  it("drops the old IdP's ticks on a switch, even on step ids both share", () => {
    expect(chooseIdp(ticked, 'okta').ticked).toEqual(['default-role', 'trelica-enable-scim']);
  });

  it('keeps them all when the same IdP is picked (a detected one confirmed by hand)', () => {
    const p: Progress = { ...ticked, idp: { chosen: 'okta', by: 'detected' } };
    const chosen = chooseIdp(p, 'okta');
    expect(chosen.ticked).toEqual(p.ticked);
    expect(chosen.idp).toEqual({ chosen: 'okta', by: 'admin' });
  });
});
