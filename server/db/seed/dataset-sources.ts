// Sources and topics of the seed dataset. Every seeded fact cites one of these sources.

export type SeedSource = {
  key: string;
  title: string;
  kind: 'NEWS_ARTICLE' | 'INTERVIEW';
  publisherName: string;
  /** Seed key of the publisher institution. */
  publisher: string;
  publishedOn: string;
  language: string;
  description: string;
};

export const sources: SeedSource[] = [
  {
    key: 'src-azernews-2025-05-14',
    title: 'Azerbaijan’s Ombudsman at the Board of Directors meeting and General Assembly of the OIC Ombudsman Association in Iran',
    kind: 'NEWS_ARTICLE',
    publisherName: 'Azernews',
    publisher: 'azernews',
    publishedOn: '2025-05-14',
    language: 'en',
    description: 'Azernews report of 14 May 2025, 19:22 (UTC+04:00). Text kept as shared/seeds/oic-ombudsman-association-2025-05.txt.',
  },
  {
    key: 'src-report-interview-2025',
    title: 'Interview with Azerbaijan’s Ombudsman Sabina Aliyeva: international cooperation in 2024 and goals for 2025',
    kind: 'INTERVIEW',
    publisherName: 'Report',
    publisher: 'report',
    publishedOn: '2025',
    language: 'en',
    description: 'Interview given to Report news agency early in 2025. Text kept as shared/seeds/ombudsman-interview-2025.txt.',
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
  topic('mine-action', 'Mine action', 'Landmines and unexploded ordnance, demining, victims.'),
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
