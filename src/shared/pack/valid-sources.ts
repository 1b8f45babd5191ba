import type { ArticleMeta, CompanySource } from './source-schema.ts';

/** Source files that passed the schema, with where they came from (for error messages). */
export interface ValidArticle {
  id: string;
  textFile: string;
  metaFile: string;
  text: string;
  /** The text up to `meta.bodyEndsBefore`: what facts may quote. */
  body: string;
  meta: ArticleMeta;
}

export interface ValidCompany {
  file: string;
  stem: string;
  source: CompanySource;
}
