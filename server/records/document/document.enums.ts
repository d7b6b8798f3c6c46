import { registerEnumType } from 'type-graphql';

export enum DocumentKind {
  DECLARATION = 'DECLARATION',
  REPORT = 'REPORT',
  SPECIAL_REPORT = 'SPECIAL_REPORT',
  STATEMENT = 'STATEMENT',
  APPEAL = 'APPEAL',
  RESOLUTION = 'RESOLUTION',
  MINUTES = 'MINUTES',
  AGREEMENT_TEXT = 'AGREEMENT_TEXT',
  OTHER = 'OTHER',
}
registerEnumType(DocumentKind, { name: 'DocumentKind' });

/** How an institution stands to a document. */
export enum DocumentRole {
  ISSUER = 'ISSUER',
  CO_ISSUER = 'CO_ISSUER',
  ADOPTED_BY = 'ADOPTED_BY',
  APPROVED_BY = 'APPROVED_BY',
  ENDORSED_BY = 'ENDORSED_BY',
  ADDRESSED_TO = 'ADDRESSED_TO',
  SUBMITTED_TO = 'SUBMITTED_TO',
}
registerEnumType(DocumentRole, {
  name: 'DocumentRole',
  description: 'Issued, co-issued, adopted, approved or endorsed by an institution, or addressed/submitted to one.',
});
