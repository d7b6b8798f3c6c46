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
registerEnumType(SourceKind, {
  name: 'SourceKind',
  description: 'What kind of publication a source is.',
  valuesConfig: {
    INTERNAL_NOTE: { description: 'A note kept by the registry’s own staff.' },
    INTERVIEW: { description: 'An interview.' },
    NEWS_ARTICLE: { description: 'An article in the news media.' },
    OFFICIAL_DOCUMENT: { description: 'An official document of an institution.' },
    OTHER: { description: 'Any other kind of publication.' },
    PRESS_RELEASE: { description: 'A press release of an institution.' },
    REGISTRY_EDITORS: { description: 'The registry editors themselves, for values they inferred.' },
    WEBSITE: { description: 'A page of a website.' },
  },
});

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
  valuesConfig: {
    ABOUT: { description: 'Approximately the value ("some 30", "around 30").' },
    AT_LEAST: { description: 'The value or more ("at least 30").' },
    AT_MOST: { description: 'The value or fewer ("up to 30").' },
    EXACT: { description: 'Exactly the value.' },
    FEWER_THAN: { description: 'Strictly below the value ("fewer than 30").' },
    MORE_THAN: { description: 'Strictly above the value ("over 200").' },
  },
});

/** Whether a citation's source states the value (QUOTED) or the registry inferred it (INFERRED, with a reason). */
export enum CitationBasis {
  QUOTED = 'QUOTED',
  INFERRED = 'INFERRED',
}
registerEnumType(CitationBasis, {
  name: 'CitationBasis',
  description: 'QUOTED: the source says it (see quote). INFERRED: the registry editors supplied a value the source does not state (see reason).',
  valuesConfig: {
    INFERRED: { description: 'The registry editors supplied the value; the source does not state it (see reason).' },
    QUOTED: { description: 'The source states it (see quote).' },
  },
});
