import { useEffect, useRef, useState } from 'preact/hooks';
import { citationText } from '../../shared/citation.ts';
import type { Article, Fact } from '../../shared/dataset-types.ts';
import { formatMarkedDate, INFERRED_MARK } from '../../shared/format-fuzzy-date.ts';
import { t } from '../../shared/i18n.ts';
import { articleParagraphs } from '../article-paragraphs.ts';

/**
 * One article with what is known of it (publisher, cited source, date and how it was established),
 * the fact's quote marked and scrolled into view; `note` says where the text comes from. Everything
 * is rendered as text.
 */
export function ArticleView({
  article,
  text,
  fact,
  note,
}: {
  article: Article;
  text: string;
  fact: Fact | undefined;
  note: string;
}) {
  const locale = navigator.language;
  const quoteRef = useRef<HTMLElement>(null);
  const [copied, setCopied] = useState<boolean | null>(null);
  const { paragraphs, found } = articleParagraphs(text, fact?.quote ?? null);
  useEffect(() => {
    // Focus goes to the quote, so a keyboard or screen-reader user starts where the card pointed.
    quoteRef.current?.scrollIntoView({ block: 'center' });
    quoteRef.current?.focus({ preventScroll: true });
  }, [article.id, fact?.id]);
  let firstQuote = true;
  const copy = (f: Fact) =>
    navigator.clipboard
      .writeText(
        citationText(
          f,
          article,
          {
            publisherUnknown: t('cardPublisherUnknown'),
            cites: (source) => t('cardCites', source),
            dateInferred: t('citationDateInferred'),
          },
          locale,
        ),
      )
      .then(
        () => setCopied(true),
        () => setCopied(false),
      );
  return (
    <main class="reader">
      <header class="reader-head">
        <p class="kicker">{t('extName')}</p>
        <h1>{article.headline}</h1>
        <p class="byline">
          {[
            article.publisher ?? t('cardPublisherUnknown'),
            article.cites === null ? null : t('cardCites', article.cites),
            t('readerPublished', formatMarkedDate(article.date, locale)),
          ]
            .filter((part) => part !== null)
            .join(' · ')}
        </p>
        {article.date.inferred ? (
          <p class="basis">{t('cardInferredExplain', [INFERRED_MARK, article.dateBasis])}</p>
        ) : null}
        {article.url === null ? null : (
          <p>
            <a href={article.url} rel="noopener noreferrer">
              {t('cardOriginal')}
            </a>
          </p>
        )}
        <p class="note">{note}</p>
        {fact ? (
          <div class="fact-bar">
            <p>{found ? t('readerQuoteFor', fact.summary) : t('readerQuoteMissing')}</p>
            <button type="button" onClick={() => copy(fact)}>
              {t('cardCopy')}
            </button>
            <p class="copy-status" role="status">
              {copied === true ? t('cardCopied') : copied === false ? t('cardCopyFailed') : ''}
            </p>
          </div>
        ) : null}
      </header>
      <article class="text">
        {paragraphs.map((segments, i) => (
          <p key={i}>
            {segments.map((segment, j) => {
              if (!segment.quote) return segment.text;
              const ref = firstQuote ? quoteRef : undefined;
              firstQuote = false;
              return (
                <mark key={j} ref={ref} tabIndex={ref ? -1 : undefined}>
                  {segment.text}
                </mark>
              );
            })}
          </p>
        ))}
      </article>
    </main>
  );
}
