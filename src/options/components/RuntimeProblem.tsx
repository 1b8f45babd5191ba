import { runtimeProblemText } from '../runtime-problem-text.ts';
import { useRuntimeProblem } from '../use-runtime-problem.ts';

/** Says so when the enabled packs cannot be applied to pages, and what to do; gone once they can. */
export function RuntimeProblem() {
  const problem = useRuntimeProblem();
  if (!problem) return null;
  const [what, todo] = runtimeProblemText(problem, navigator.language);
  return (
    <div class="pack-failed" id="packs-runtime-problem" role="status">
      <p class="pack-result">{what}</p>
      <p>{todo}</p>
    </div>
  );
}
