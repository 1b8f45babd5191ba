import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import type { DataError } from '../../src/shared/pack/data-error.ts';

/**
 * Reads the source files as they are on disk: each article's text with its metadata document, and
 * each company document. Parsing only (YAML syntax); the schema is checked afterwards.
 */
interface ArticleFiles {
  /** The text file's name without `.txt`, e.g. `000_5c88bbee9d896a2e`. */
  id: string;
  textFile: string;
  metaFile: string;
  text: string;
  meta: unknown;
}

interface CompanyFile {
  file: string;
  /** The file's name without `.yaml`; must equal the document's `id`. */
  stem: string;
  data: unknown;
}

export interface LoadedSources {
  /** `pack.yaml`, the header the folder has as a pack; null when there is none. */
  header: { file: string; data: unknown } | null;
  articles: ArticleFiles[];
  companies: CompanyFile[];
  errors: DataError[];
}

export const PACK_HEADER_FILE = 'pack.yaml';

/** `dataDir` is the `data/` folder (or a pack's folder laid out like it); paths in errors are relative to `rootDir`. */
export function loadSources(dataDir: string, rootDir: string): LoadedSources {
  const errors: DataError[] = [];
  const display = (path: string) => relative(rootDir, path).split('\\').join('/');
  const readYaml = (path: string): unknown => {
    const doc = parseDocument(readFileSync(path, 'utf8'));
    for (const error of doc.errors) {
      const line = error.linePos?.[0]?.line;
      errors.push({ file: display(path), field: line ? `line ${line}` : '(file)', message: error.message });
    }
    return doc.errors.length > 0 ? null : doc.toJS();
  };

  const articlesDir = join(dataDir, 'articles');
  const articleNames = listFiles(articlesDir);
  const articles: ArticleFiles[] = [];
  for (const name of articleNames.filter((n) => n.endsWith('.txt'))) {
    const id = basename(name, '.txt');
    const textFile = join(articlesDir, name);
    const metaFile = join(articlesDir, `${id}.yaml`);
    if (!existsSync(metaFile)) {
      errors.push({
        file: display(textFile),
        field: '(file)',
        message: `has no metadata file ${id}.yaml beside it`,
      });
      continue;
    }
    const text = readFileSync(textFile, 'utf8');
    articles.push({
      id,
      textFile: display(textFile),
      metaFile: display(metaFile),
      text,
      meta: readYaml(metaFile),
    });
  }
  for (const name of articleNames.filter((n) => n.endsWith('.yaml'))) {
    if (!articleNames.includes(`${basename(name, '.yaml')}.txt`)) {
      errors.push({
        file: display(join(articlesDir, name)),
        field: '(file)',
        message: 'has no article text (.txt) beside it',
      });
    }
  }

  const companiesDir = join(dataDir, 'companies');
  const companies: CompanyFile[] = [];
  for (const name of listFiles(companiesDir)) {
    const path = join(companiesDir, name);
    if (!name.endsWith('.yaml')) {
      errors.push({
        file: display(path),
        field: '(file)',
        message: 'is not a .yaml file; company files are <id>.yaml',
      });
      continue;
    }
    companies.push({ file: display(path), stem: basename(name, '.yaml'), data: readYaml(path) });
  }
  const headerFile = join(dataDir, PACK_HEADER_FILE);
  const header = existsSync(headerFile) ? { file: display(headerFile), data: readYaml(headerFile) } : null;
  return { header, articles, companies, errors };
}

/** Sorted, so that the output and the error list do not depend on the file system's order. */
function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
}
