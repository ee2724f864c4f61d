// The popup checks each request against its own schemas before it leaves (popup/send.ts): they
// must be exactly the popup's, every one of them, so none is refused and no console's is sent.
import { describe, expect, it } from 'vitest';
import { REQUEST_TYPES } from '../../../src/core/messages';
import { PopupRequestSchema } from '../../../src/core/messages/popup';
import { VALID_REQUESTS } from '../../helpers/stored';

describe('PopupRequestSchema', () => {
  const popupTypes = REQUEST_TYPES.filter((t) => t.startsWith('popup/'));

  it('holds every popup request type and nothing else', () => {
    const types = PopupRequestSchema.def.options.map((o) => o.shape.type.def.values[0]);
    expect([...types].sort()).toEqual([...popupTypes].sort());
  });

  it('accepts a well-formed popup request of each type, and refuses every console request', () => {
    for (const type of REQUEST_TYPES)
      expect(PopupRequestSchema.safeParse(VALID_REQUESTS[type]).success, type).toBe(type.startsWith('popup/'));
  });
});
