import { registerEnumType } from 'type-graphql';

export enum SourceKind {
  NEWS_ARTICLE = 'NEWS_ARTICLE',
  INTERVIEW = 'INTERVIEW',
  PRESS_RELEASE = 'PRESS_RELEASE',
  OFFICIAL_DOCUMENT = 'OFFICIAL_DOCUMENT',
  WEBSITE = 'WEBSITE',
  INTERNAL_NOTE = 'INTERNAL_NOTE',
  /** The registry's own editors: values the product needs that no publication states (each with its reason). */
  REGISTRY_EDITORS = 'REGISTRY_EDITORS',
  OTHER = 'OTHER',
}
registerEnumType(SourceKind, { name: 'SourceKind', description: 'What kind of publication a source is.' });

export enum ClaimQualifier {
  EXACT = 'EXACT',
  AT_LEAST = 'AT_LEAST',
  MORE_THAN = 'MORE_THAN',
  ABOUT = 'ABOUT',
  AT_MOST = 'AT_MOST',
  FEWER_THAN = 'FEWER_THAN',
}
registerEnumType(ClaimQualifier, {
  name: 'ClaimQualifier',
  description: 'How a reported figure relates to its value: "over 200" is MORE_THAN 200, "some 30" is ABOUT 30.',
});

/** Whether a citation's source states the value (QUOTED) or the registry inferred it (INFERRED, with a reason). */
export enum CitationBasis {
  QUOTED = 'QUOTED',
  INFERRED = 'INFERRED',
}
registerEnumType(CitationBasis, {
  name: 'CitationBasis',
  description: 'QUOTED: the source says it (see quote). INFERRED: the registry editors supplied a value the source does not state (see reason).',
});
