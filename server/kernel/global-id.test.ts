import { describe, expect, it } from 'vitest';
import { decodeIdOf, fromGlobalId, toGlobalId } from './global-id.js';

const uuid = '3f1c2b7a-9d4e-4c1a-8b2f-0a1b2c3d4e5f';

describe('global IDs', () => {
  it('round-trip type and key', () => {
    const id = toGlobalId('Institution', uuid);
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(fromGlobalId(id)).toEqual({ type: 'Institution', id: uuid });
    expect(decodeIdOf('Institution', id)).toBe(uuid);
    expect(decodeIdOf('Person', id)).toBeNull();
  });

  it.each(['', 'x', '!!!', 'a'.repeat(500), toGlobalId('Institution', 'not-a-uuid'), toGlobalId('lower', uuid), Buffer.from(`:${uuid}`).toString('base64url')])(
    'rejects %s without throwing',
    (bad) => {
      expect(fromGlobalId(bad)).toBeNull();
    },
  );
});
