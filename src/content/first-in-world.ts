/**
 * Claims a key in this frame's content-script world, so that a script injected more than once (the
 * gate, the popup and a capture can each ask: inject-lens.ts) starts only once. The flag lives on the
 * isolated world's global (Chrome) or the sandbox's (Firefox), which the page cannot see. The lens
 * releases both keys when the extension goes away under the page, so that a new instance can start.
 */
export const LENS_KEY = '__companyLensLens';
export const CARD_KEY = '__companyLensCard';

/** False when `key` is already claimed here. */
export function claimInWorld(key: string, global: object = globalThis): boolean {
  const holder = global as Record<string, unknown>;
  if (holder[key] === true) return false;
  holder[key] = true;
  return true;
}

export function releaseInWorld(key: string, global: object = globalThis): void {
  delete (global as Record<string, unknown>)[key];
}
