import { useEffect, useRef, useState } from 'preact/hooks';
import articleTexts from '../../generated/article-texts.json';
import { citationText } from '../../shared/citation.ts';
import { articleById, dataset } from '../../shared/dataset.ts';
import type { Article, Fact } from '../../shared/dataset-types.ts';
import { applyTheme } from '../../shared/extension-page.ts';
import { formatMarkedDate, INFERRED_MARK } from '../../shared/format-fuzzy-date.ts';
import { t } from '../../shared/i18n.ts';
import { parseSourceReaderQuery } from '../../shared/source-reader-url.ts';
import { useSettings } from '../../shared/use-settings.ts';
import { articleParagraphs } from '../article-paragraphs.ts';

const TEXTS: Readonly<Record<string, string>> = articleTexts;

function factById(id: string | null): Fact | undefined {
  if (id === null) return undefined;
  for (const company of dataset().companies) {
    const fact = company.facts.find((f) => f.id === id);
    if (fact) return fact;
  }
  return undefined;
}

/**
 * The source reader: one bundled article as the build checked it, its quote marked and scrolled into
 * view, with what is known of the article (publisher, cited source, date and how it was established).
 * Everything is rendered as text.
 */
export function Reader({ search }: { search: string }) {
  const settings = useSettings();
  useEffect(() => {
    if (settings) applyTheme(document, settings.theme);
  }, [settings?.theme]);
  const query = parseSourceReaderQuery(search);
  const article = query && Object.hasOwn(TEXTS, query.articleId) ? articleById(query.articleId) : undefined;
  const text = article && TEXTS[article.id];
  if (!article || text === undefined) {
    return (
      <main class="reader">
        <p class="notice" role="alert">
          {t('readerNotFound')}
        </p>
      </main>
    );
  }
  const fact = factById(query?.factId ?? null);
  return (
    <ArticleView article={article} text={text} fact={fact?.articleId === article.id ? fact : undefined} />
  );
}

function ArticleView({ article, text, fact }: { article: Article; text: string; fact: Fact | undefined }) {
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
        <p class="note">{t('readerBundledNote')}</p>
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
