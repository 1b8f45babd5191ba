import { describe, expect, it } from 'vitest';
import type { PackRuntime } from '../../shared/pack-runtime.ts';
import { lensGateFor } from './watch-lens-gate.ts';

const runtime = (over: Partial<PackRuntime> & { gate?: string }): PackRuntime =>
  ({
    revision: 'r1',
    packsRevision: 1,
    levels: { restricted: '', contested: '' },
    ...over,
    matcher: { gate: over.gate } as unknown as PackRuntime['matcher'],
  }) as PackRuntime;

describe('lensGateFor', () => {
  it('says nothing (the bundled names) without packs or captures', () => {
    expect(lensGateFor(undefined, [])).toBeUndefined();
  });

  it("lists captured pages, keeping the bundled names' expression", () => {
    expect(lensGateFor(undefined, ['https://a.example/x'])).toEqual({
      capturedPages: ['https://a.example/x'],
    });
  });

  it("carries the packs' expression, or null where the names are too many for one", () => {
    expect(lensGateFor(runtime({ gate: 'Acme' }), [])).toEqual({ prefilter: 'Acme', capturedPages: [] });
    expect(lensGateFor(runtime({}), [])).toEqual({ prefilter: null, capturedPages: [] });
    expect(lensGateFor(runtime({ gate: 'Acme', perPage: true }), [])).toEqual({
      prefilter: null,
      capturedPages: [],
    });
  });
});
