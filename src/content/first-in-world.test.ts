import { describe, expect, it } from 'vitest';
import { claimInWorld, releaseInWorld } from './first-in-world.ts';

describe('claimInWorld', () => {
  it('lets a key be claimed once, and again after its release', () => {
    const world = {};
    expect(claimInWorld('k', world)).toBe(true);
    expect(claimInWorld('k', world)).toBe(false);
    releaseInWorld('k', world);
    expect(claimInWorld('k', world)).toBe(true);
  });
});
