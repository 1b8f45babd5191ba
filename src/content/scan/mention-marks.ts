/**
 * Which mentions get painted: every one, or only the first mention of each company in each section.
 * A section is the nearest enclosing `<article>`, `<section>` or `<main>` of the mention (looking
 * past shadow roots to their hosts), or the whole page when there is none; "first" is document
 * order. It sits between the scanner and the painter: the mention index still holds every mention,
 * so hover, the popup's counts and next/previous navigation are the same in both modes.
 *
 * Each (section, company) group keeps its painted mention, so a new mention costs one comparison.
 * When the painted one goes, the next is found once the current batch of removals is over (a
 * microtask later): a whole section removed in document order stays linear.
 */
import type { StatusLevel } from '../../shared/dataset-types.ts';
import type { MarkMentions } from '../../shared/settings.ts';
import { compareRanges, isShadowRoot } from './compare-ranges.ts';
import type { HighlightPainter } from './highlight-painter.ts';

const SECTION_SELECTOR = 'article, section, main';

interface MarkedMention {
  companyId: string;
  range: Range;
}

export interface MentionMarks {
  /** `anchor`: passed on to the painter (the element whose visibility stands for the range's). */
  add(companyId: string, range: Range, anchor?: Element): void;
  remove(companyId: string, range: Range): void;
  /** Switches live; `mentions` are every mention known now, in document order. */
  setMode(mode: MarkMentions, mentions: () => Iterable<MarkedMention>): void;
  /** New levels: each painted mention whose company's level changed moves to its new highlight. */
  setLevels(companyLevel: (companyId: string) => StatusLevel, mentions: () => Iterable<MarkedMention>): void;
}

interface Group {
  section: Node;
  companyId: string;
  level: StatusLevel;
  /** Every mention of the company in the section, with the anchor it came with. */
  members: Map<Range, Element | undefined>;
  painted: Range | undefined;
}

/** The section a mention belongs to: its nearest section element, else its document. */
export function sectionOf(node: Node): Node {
  let current = node;
  for (;;) {
    const element = current.nodeType === Node.ELEMENT_NODE ? (current as Element) : current.parentElement;
    const section = element?.closest(SECTION_SELECTOR);
    if (section) return section;
    const root = current.getRootNode();
    if (!isShadowRoot(root)) return root;
    current = root.host;
  }
}

export function startMentionMarks(
  painter: Pick<HighlightPainter, 'add' | 'remove'>,
  initialLevels: (companyId: string) => StatusLevel,
  initialMode: MarkMentions,
): MentionMarks {
  let mode = initialMode;
  let companyLevel = initialLevels;
  const groups = new Map<Node, Map<string, Group>>();
  // Kept per range: a live range moves when its text is removed, so its section cannot be asked again.
  const groupOf = new Map<Range, Group>();
  const orphaned = new Set<Group>();

  const paint = (group: Group, range: Range) => {
    group.painted = range;
    painter.add(group.level, range, group.members.get(range));
  };

  const promoteNext = () => {
    for (const group of orphaned) {
      let first: Range | undefined;
      for (const range of group.members.keys()) {
        if (!first || compareRanges(range, first) < 0) first = range;
      }
      if (first) paint(group, first);
    }
    orphaned.clear();
  };

  const join = (companyId: string, range: Range, anchor: Element | undefined): Group => {
    const section = sectionOf(range.startContainer);
    let bySection = groups.get(section);
    if (!bySection) {
      bySection = new Map();
      groups.set(section, bySection);
    }
    let group = bySection.get(companyId);
    if (!group) {
      group = { section, companyId, level: companyLevel(companyId), members: new Map(), painted: undefined };
      bySection.set(companyId, group);
    }
    group.members.set(range, anchor);
    groupOf.set(range, group);
    return group;
  };

  const add = (companyId: string, range: Range, anchor?: Element) => {
    if (mode === 'every') {
      painter.add(companyLevel(companyId), range, anchor);
      return;
    }
    const group = join(companyId, range, anchor);
    // An orphaned group gets its first mention once the removals are over.
    if (orphaned.has(group)) return;
    if (!group.painted) paint(group, range);
    else if (compareRanges(range, group.painted) < 0) {
      painter.remove(group.level, group.painted);
      paint(group, range);
    }
  };

  const remove = (companyId: string, range: Range) => {
    const group = groupOf.get(range);
    if (!group) {
      painter.remove(companyLevel(companyId), range);
      return;
    }
    groupOf.delete(range);
    group.members.delete(range);
    if (group.members.size === 0) {
      const bySection = groups.get(group.section);
      bySection?.delete(group.companyId);
      if (bySection?.size === 0) groups.delete(group.section);
      orphaned.delete(group);
    }
    if (group.painted !== range) return;
    painter.remove(group.level, range);
    group.painted = undefined;
    if (group.members.size === 0) return;
    if (orphaned.size === 0) queueMicrotask(promoteNext);
    orphaned.add(group);
  };

  const forget = () => {
    groups.clear();
    groupOf.clear();
    orphaned.clear();
  };

  return {
    add,
    remove,
    setMode(next, mentions) {
      if (next === mode) return;
      mode = next;
      if (next === 'every') {
        for (const bySection of groups.values()) {
          for (const group of bySection.values()) {
            for (const [range, anchor] of group.members) {
              if (range !== group.painted) painter.add(group.level, range, anchor);
            }
          }
        }
        forget();
        return;
      }
      // In document order, the first mention each group sees is its first.
      for (const { companyId, range } of mentions()) {
        const group = join(companyId, range, undefined);
        if (!group.painted) group.painted = range;
        else painter.remove(group.level, range);
      }
    },
    setLevels(next, mentions) {
      const before = companyLevel;
      companyLevel = next;
      if (mode === 'every') {
        for (const { companyId, range } of mentions()) {
          const was = before(companyId);
          const now = next(companyId);
          if (was === now) continue;
          painter.remove(was, range);
          painter.add(now, range);
        }
        return;
      }
      for (const bySection of groups.values()) {
        for (const group of bySection.values()) {
          const now = next(group.companyId);
          if (group.level === now) continue;
          if (group.painted) painter.remove(group.level, group.painted);
          group.level = now;
          if (group.painted) painter.add(now, group.painted, group.members.get(group.painted));
        }
      }
    },
  };
}
