/**
 * The bundled pack and the enabled imported packs as one dataset, the way tabs see it
 * (docs/dataset.md#knowledge-packs-in-the-extension):
 * - a company id in several packs is one company: the first pack's name, country, kind and parent
 *   (the bundled pack first), the aliases of all, the facts of all;
 * - article and fact ids of an imported pack are namespaced by the pack (`<pack id>/<id>`), since two
 *   packs may both have an article "001_x"; the bundled ones keep theirs, so the source reader opens them;
 * - every record of an imported pack carries the pack's id and name, for the card's attribution;
 * - the status is derived over every pack's facts with the build's own rule (`deriveStatus`): the
 *   newest sourced status wins, and the older ones stay among the facts.
 */
import type { Alias, Article, Company, Fact, FuzzyDate, PackRef } from '../../shared/dataset-types.ts';
import type { MatcherPattern } from '../../shared/matcher/compile.ts';
import { locateQuote } from '../../shared/normalise-quote.ts';
import { deriveStatus } from '../../shared/pack/derive-status.ts';
import { newestFirst } from '../../shared/pack/order-facts.ts';
import type { Pack } from '../../shared/pack/pack-schema.ts';
import type { CompanySource, FactSource } from '../../shared/pack/source-schema.ts';

export interface MergedPacks {
  articles: Article[];
  /** By id. */
  companies: Company[];
  /** Every alias of every company, for `compileMatcher`. */
  patterns: MatcherPattern[];
}

interface Draft {
  first: CompanySource;
  aliases: Map<string, Alias>;
  sources: FactSource[];
  facts: Fact[];
}

/** The id a record of `pack` has once merged: its own for the bundled pack, namespaced otherwise. */
export function mergedId(pack: PackRef | undefined, id: string): string {
  return pack ? `${pack.id}/${id}` : id;
}

export function mergePacks(bundled: Pack, imported: readonly Pack[]): MergedPacks {
  const articles: Article[] = [];
  const articleDates = new Map<string, FuzzyDate>();
  const drafts = new Map<string, Draft>();
  for (const pack of [bundled, ...imported]) {
    const ref: PackRef | undefined =
      pack === bundled ? undefined : { id: pack.header.id, name: pack.header.name };
    const texts = new Map<string, string>();
    for (const { text, url, ...meta } of pack.articles) {
      const id = mergedId(ref, meta.id);
      texts.set(meta.id, text);
      articleDates.set(id, meta.date);
      articles.push({ ...meta, id, url: url ?? null, ...(ref ? { pack: ref } : {}) });
    }
    for (const company of pack.companies) {
      let draft = drafts.get(company.id);
      if (!draft) {
        draft = { first: company, aliases: new Map(), sources: [], facts: [] };
        drafts.set(company.id, draft);
      }
      for (const alias of company.aliases) {
        draft.aliases.set(`${alias.caseSensitive ? 1 : 0}${alias.text}`, { ...alias });
      }
      for (const source of company.facts) {
        const id = mergedId(ref, source.id);
        const articleId = mergedId(ref, source.article);
        draft.sources.push({ ...source, id, article: articleId });
        draft.facts.push({
          id,
          category: source.category,
          summary: source.summary,
          date: source.date,
          articleId,
          quote: quoteAsPrinted(source.quote, texts.get(source.article)),
          ...(ref ? { pack: ref } : {}),
        });
      }
    }
  }
  const companies: Company[] = [];
  const patterns: MatcherPattern[] = [];
  for (const [id, { first, aliases, sources, facts }] of drafts) {
    companies.push({
      id,
      name: first.name,
      country: first.country,
      kind: first.kind,
      parentId: first.parent,
      aliases: [...aliases.values()],
      status: deriveStatus(sources, articleDates),
      facts: newestFirst(facts, articleDates),
    });
    for (const alias of aliases.values()) patterns.push({ ...alias, companyId: id });
  }
  companies.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { articles, companies, patterns };
}

/**
 * The article's own span for a quote, as `npm run data` shows it (typographic quotes as printed). A
 * quote found verbatim, with single spaces, is already that span: the common case, and the only one
 * cheap enough for a large pack, as `locateQuote` normalises the whole article for each quote.
 */
function quoteAsPrinted(quote: string, text: string | undefined): string {
  if (text === undefined) return quote;
  if (!/\s\s|[^\S ]/.test(quote) && text.includes(quote)) return quote;
  return locateQuote(quote, text) ?? quote;
}
