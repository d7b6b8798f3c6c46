import type { InstitutionKind, InstitutionStatus } from './generated/graphql.js';

/**
 * Every InstitutionKind, as a runtime list (the generated enums are types only). The checks
 * below fail `npm run typecheck` when the schema gains or loses a kind and this list is stale.
 */
export const INSTITUTION_KINDS = [
  'OMBUDSMAN',
  'NHRI',
  'INTERGOVERNMENTAL_ORGANIZATION',
  'IGO_BODY',
  'NETWORK',
  'GOVERNMENT_BODY',
  'NGO',
  'ACADEMIC',
  'MEDIA',
  'OTHER',
] as const satisfies readonly InstitutionKind[];

type MissingKind = Exclude<InstitutionKind, (typeof INSTITUTION_KINDS)[number]>;
const everyKindListed: [MissingKind] extends [never] ? true : MissingKind = true;
void everyKindListed;

export function isInstitutionKind(value: string): value is InstitutionKind {
  return (INSTITUTION_KINDS as readonly string[]).includes(value);
}

/** Every InstitutionStatus, as a runtime list (checked against the schema like the kinds). */
export const INSTITUTION_STATUSES = ['ACTIVE', 'INACTIVE', 'DISSOLVED', 'MERGED'] as const satisfies readonly InstitutionStatus[];

type MissingStatus = Exclude<InstitutionStatus, (typeof INSTITUTION_STATUSES)[number]>;
const everyStatusListed: [MissingStatus] extends [never] ? true : MissingStatus = true;
void everyStatusListed;

export function isInstitutionStatus(value: string): value is InstitutionStatus {
  return (INSTITUTION_STATUSES as readonly string[]).includes(value);
}
