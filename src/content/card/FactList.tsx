import { useId } from 'preact/hooks';
import type { Article, Fact } from '../../shared/dataset-types.ts';
import { FactItem } from './FactItem.tsx';

interface FactListProps {
  heading: string;
  facts: Fact[];
  articleById: (id: string) => Article | undefined;
  locale: string;
}

/** A titled list of facts (already in display order); nothing at all when there are none. */
export function FactList({ heading, facts, articleById, locale }: FactListProps) {
  const headingId = useId();
  if (facts.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      <ol>
        {facts.map((fact) => (
          <FactItem key={fact.id} fact={fact} article={articleById(fact.articleId)} locale={locale} />
        ))}
      </ol>
    </section>
  );
}
