import { describe, expect, it } from 'vitest';
import { runtimeProblemText } from './runtime-problem-text.ts';

describe('runtimeProblemText', () => {
  it('says what happened, with the sizes in MB, then what the user can do', () => {
    const [what, todo] = runtimeProblemText(
      { kind: 'too-large', packsRevision: 3, bytes: 12_345_678, maxBytes: 9 * 1024 * 1024 },
      'en-US',
    );
    expect(what).toBe(
      'The knowledge packs switched on are too large together for Company Lens to use (12.4 MB; it can use 9.5 MB). Pages are marked with the built-in companies only, until they fit.',
    );
    expect(todo).toBe(
      'Switch off or remove a pack below: once the packs left on fit, their companies are marked again.',
    );
  });
});
