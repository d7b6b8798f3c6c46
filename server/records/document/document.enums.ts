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
registerEnumType(DocumentKind, {
  name: 'DocumentKind',
  description: 'What sort of document a document is.',
  valuesConfig: {
    AGREEMENT_TEXT: { description: 'The text of an agreement.' },
    APPEAL: { description: 'An appeal to an authority or the public.' },
    DECLARATION: { description: 'A declaration adopted at an event or by institutions.' },
    MINUTES: { description: 'Minutes of a meeting.' },
    OTHER: { description: 'Any other kind of document.' },
    REPORT: { description: 'A report (annual, activity, thematic).' },
    RESOLUTION: { description: 'A resolution adopted by a body.' },
    SPECIAL_REPORT: { description: 'A special report on one subject (e.g. to parliament).' },
    STATEMENT: { description: 'A public statement.' },
  },
});

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
  valuesConfig: {
    ADDRESSED_TO: { description: 'The document is addressed to the institution.' },
    ADOPTED_BY: { description: 'The institution adopted it (e.g. a general assembly).' },
    APPROVED_BY: { description: 'The institution approved it.' },
    CO_ISSUER: { description: 'The institution issued it together with others.' },
    ENDORSED_BY: { description: 'The institution endorsed it afterwards.' },
    ISSUER: { description: 'The institution issued it.' },
    SUBMITTED_TO: { description: 'The document was submitted to the institution (e.g. a report to parliament).' },
  },
});
