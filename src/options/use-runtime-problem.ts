import { useEffect, useState } from 'preact/hooks';
import * as v from 'valibot';
import { ext } from '../shared/browser.ts';
import { PACK_RUNTIME_PROBLEM_KEY, type PackRuntimeProblem } from '../shared/pack-runtime.ts';

// The background wrote it; the check only guards against a stored value of another shape.
const ProblemSchema = v.looseObject({
  kind: v.literal('too-large'),
  packsRevision: v.unknown(),
  bytes: v.pipe(v.number(), v.finite()),
  maxBytes: v.pipe(v.number(), v.finite()),
});

const parse = (raw: unknown): PackRuntimeProblem | null =>
  v.is(ProblemSchema, raw) ? (raw as PackRuntimeProblem) : null;

/**
 * Why the enabled packs are not applied to pages, as the background last wrote it, or null: it
 * goes when the background's next rebuild fits.
 */
export function useRuntimeProblem(): PackRuntimeProblem | null {
  const [problem, setProblem] = useState<PackRuntimeProblem | null>(null);
  useEffect(() => {
    let live = true;
    ext.storage.local.get(PACK_RUNTIME_PROBLEM_KEY).then(
      (got) => {
        if (live) setProblem(parse(got[PACK_RUNTIME_PROBLEM_KEY]));
      },
      () => {},
    );
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && PACK_RUNTIME_PROBLEM_KEY in changes)
        setProblem(parse(changes[PACK_RUNTIME_PROBLEM_KEY]?.newValue));
    };
    ext.storage.onChanged.addListener(onChanged);
    return () => {
      live = false;
      ext.storage.onChanged.removeListener(onChanged);
    };
  }, []);
  return problem;
}
