// `accord export institutions`: the institution columns `accord import institutions` reads back
// (parent by name, aliases and identifiers `;`-separated), written with csv-stringify.
import { stringify } from 'csv-stringify/sync';
import type { InstitutionRecordFragment } from '../index.js';
import { LIST_SEPARATOR } from './import-rows.js';

/** The columns, in export order. */
export const COLUMNS = ['name', 'acronym', 'kind', 'status', 'country', 'parent', 'website', 'description', 'aliases', 'identifiers', 'id'] as const;

type Identifier = { scheme: string; value: string; url?: string | null };

/** Identifiers as `SCHEME:VALUE;…`, or as JSON when one has a URL (the short form has no place for it). */
function identifierCell(identifiers: Identifier[]): string | null {
  if (identifiers.length === 0) return null;
  if (identifiers.some((i) => i.url)) return JSON.stringify(identifiers.map(({ scheme, value, url }) => ({ scheme, value, ...(url ? { url } : {}) })));
  return identifiers.map((i) => `${i.scheme}:${i.value}`).join(LIST_SEPARATOR);
}

/** The values of one exported record, by column (parent by name; lists as lists). */
export function exportValues(record: InstitutionRecordFragment) {
  return {
    name: record.name,
    acronym: record.acronym,
    kind: record.kind,
    status: record.status,
    country: record.country,
    parent: record.parent?.name ?? null,
    website: record.website,
    description: record.description,
    aliases: record.aliases,
    identifiers: record.identifiers.map(({ scheme, value, url }) => ({ scheme, value, url: url ?? null })),
    id: record.id,
  } satisfies Record<(typeof COLUMNS)[number], unknown>;
}

const csv = (values: unknown[]) => stringify([values], { record_delimiter: 'windows' });

export const CSV_HEADER = csv([...COLUMNS]);

export function csvLine(record: InstitutionRecordFragment): string {
  const v = exportValues(record);
  return csv([v.name, v.acronym, v.kind, v.status, v.country, v.parent, v.website, v.description, v.aliases.join(LIST_SEPARATOR), identifierCell(v.identifiers), v.id]);
}
