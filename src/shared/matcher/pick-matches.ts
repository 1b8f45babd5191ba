/**
 * Overlap resolution: leftmost first, then longest ("China Mobile Ltd" over "China Mobile"), then the
 * alias compiled first. Deterministic for any input order.
 */
export interface Candidate {
  start: number;
  end: number;
  pattern: number;
}

export function pickMatches(candidates: Candidate[], notBefore = 0): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.pattern - b.pattern);
  const picked: Candidate[] = [];
  let lastEnd = notBefore;
  for (const candidate of candidates) {
    if (candidate.start < lastEnd) continue;
    picked.push(candidate);
    lastEnd = candidate.end;
  }
  return picked;
}
