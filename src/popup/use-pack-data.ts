/**
 * What the popup shows of the enabled knowledge packs: their names (the dataset summary counts
 * them), and the merged records of the companies on the page, read from the background's IndexedDB
 * (the popup shares the extension's origin). With no pack enabled, the bundled records as before.
 */
import { useEffect, useState } from 'preact/hooks';
import { openCompanyRecords } from '../shared/company-records.ts';
import { companyById as bundledCompanyById } from '../shared/dataset.ts';
import type { Company } from '../shared/dataset-types.ts';
import { openPackStore } from '../shared/pack-store.ts';

export interface PackData {
  /** The enabled imported packs, by name. */
  packNames: string[];
  companyById(id: string): Company | undefined;
}

async function enabledPackNames(): Promise<string[]> {
  const store = await openPackStore();
  try {
    return (await store.list()).filter((s) => s.enabled).map((s) => s.header.name);
  } finally {
    store.close();
  }
}

async function mergedCompanies(ids: readonly string[]): Promise<Map<string, Company>> {
  const records = await openCompanyRecords();
  try {
    return new Map((await records.get(ids)).companies.map((c) => [c.id, c]));
  } finally {
    records.close();
  }
}

export function usePackData(companyIds: readonly string[]): PackData {
  const [packNames, setPackNames] = useState<string[]>([]);
  const [merged, setMerged] = useState<Map<string, Company>>(new Map());
  useEffect(() => {
    enabledPackNames().then(setPackNames, () => {});
  }, []);
  const key = companyIds.join('\n');
  useEffect(() => {
    if (packNames.length === 0 || companyIds.length === 0) return;
    let current = true;
    mergedCompanies(companyIds).then(
      (found) => current && setMerged(found),
      () => {},
    );
    return () => {
      current = false;
    };
  }, [key, packNames.length]);
  return {
    packNames,
    companyById: (id) => (packNames.length > 0 ? merged.get(id) : bundledCompanyById(id)),
  };
}
