// Sources and topics of the seed dataset. Every seeded fact cites one of these sources: one of the
// two articles kept in shared/seeds/ (with the article's own words), or the registry editors for a
// value the product needs that the articles do not state (with the reason it was chosen).

export const AZERNEWS = 'src-azernews-2025-05-14';
export const REPORT = 'src-report-interview-2025';
export const EDITORS = 'src-registry-editors';

export type SeedSource = {
  key: string;
  title: string;
  kind: 'NEWS_ARTICLE' | 'INTERVIEW' | 'REGISTRY_EDITORS';
  publisherName?: string;
  /** Seed key of the publisher institution. */
  publisher?: string;
  publishedOn?: string;
  language: string;
  description: string;
  /** The kept text under ../shared/seeds/ that this source's quotes must appear in verbatim. */
  file?: string;
};

export const sources: SeedSource[] = [
  {
    key: AZERNEWS,
    // Neither text has a headline: titles are the registry's labels, built from what the text states.
    title: 'Azernews, 14 May 2025',
    kind: 'NEWS_ARTICLE',
    publisherName: 'Azernews',
    publisher: 'azernews',
    publishedOn: '2025-05-14',
    language: 'en',
    description:
      'Azernews report dated 14 May 2025, 19:22 (UTC+04:00). The kept text has no headline; the title is the registry’s label. Text kept as shared/seeds/oic-ombudsman-association-2025-05.txt.',
    file: 'oic-ombudsman-association-2025-05.txt',
  },
  {
    key: REPORT,
    title: 'Interview of Sabina Aliyeva with Report',
    kind: 'INTERVIEW',
    publisherName: 'Report',
    publisher: 'report',
    language: 'en',
    description:
      'Interview of Azerbaijan’s Commissioner for Human Rights with Report on cooperation in 2024 and the goals for 2025. The kept text has no headline and no publication date; the title is the registry’s label. Text kept as shared/seeds/ombudsman-interview-2025.txt.',
    file: 'ombudsman-interview-2025.txt',
  },
  {
    key: EDITORS,
    title: 'Accord registry editors',
    kind: 'REGISTRY_EDITORS',
    language: 'en',
    description:
      'Values the registry needs that neither article states — a date to sort by, an institution kind, a full name behind an acronym, a status. Each citation of this source is INFERRED and gives its reason; none is the articles’ word.',
  },
];

export type SeedTopic = { key: string; name: string; slug: string; description?: string };

const topic = (slug: string, name: string, description?: string): SeedTopic => ({ key: `topic-${slug}`, slug, name, description });

export const topics: SeedTopic[] = [
  topic('climate-justice', 'Climate justice', 'Human rights and climate change, environmental protection.'),
  topic('corporate-responsibility', 'Corporate responsibility'),
  topic('access-to-information', 'Access to information'),
  topic('environmental-protection', 'Human rights and environmental protection'),
  topic('childrens-rights', 'Children’s rights'),
  topic(
    'mine-action',
    'Mine action',
    'Mines and unexploded ordnance planted during the occupation, the Patriotic War and after the liberation, including mines manufactured in Armenia in 2021; among the victims are civilians on official duty in the liberated areas, media representatives among them.',
  ),
  topic('repatriation', 'Repatriation'),
  topic('cultural-heritage', 'Cultural heritage'),
  topic('disability-rights', 'Disability rights'),
  topic('forced-migration', 'Forced migration', 'Forced displacement, refugees and internally displaced persons, return.'),
  topic('rule-of-law', 'Rule of law'),
  topic('public-administration', 'Public administration'),
  topic('families-of-martyrs-and-veterans', 'Families of martyrs and war veterans'),
  topic('equality', 'Equality and non-discrimination'),
  topic('international-humanitarian-law', 'International humanitarian law'),
];
