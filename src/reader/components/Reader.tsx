import { useEffect } from 'preact/hooks';
import { applyTheme } from '../../shared/extension-page.ts';
import { t } from '../../shared/i18n.ts';
import { parseSourceReaderQuery } from '../../shared/source-reader-url.ts';
import { useSettings } from '../../shared/use-settings.ts';
import { useReaderSource } from '../use-reader-source.ts';
import { ArticleView } from './ArticleView.tsx';

/**
 * The source reader: the article a card's fact quotes, a bundled one as the build checked it or a
 * knowledge pack's as its import checked it, with the fact's quote marked.
 */
export function Reader({ search }: { search: string }) {
  const settings = useSettings();
  useEffect(() => {
    if (settings) applyTheme(document, settings.theme);
  }, [settings?.theme]);
  const query = parseSourceReaderQuery(search);
  const source = useReaderSource(query);
  if (source === undefined) {
    return (
      <main class="reader" aria-busy="true">
        <p class="notice" role="status">
          {t('readerOpening')}
        </p>
      </main>
    );
  }
  if (source === null) {
    return (
      <main class="reader">
        <p class="notice" role="alert">
          {t(query?.packId === undefined ? 'readerNotFound' : 'readerPackNotFound')}
        </p>
      </main>
    );
  }
  const { article, text, fact } = source;
  return (
    <ArticleView
      article={article}
      text={text}
      fact={fact}
      note={article.pack ? t('readerPackNote', article.pack.name) : t('readerBundledNote')}
    />
  );
}
