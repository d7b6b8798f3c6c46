// The registry's starting data: every institution named in the two source articles in
// shared/seeds/ (Azernews, 14 May 2025; Report, interview with the Ombudsman of Azerbaijan, 2025).
import { InstitutionKind } from '../../records/institution/institution.kind.js';

export type SeedInstitution = {
  /** Stable key for references inside the dataset. */
  key: string;
  name: string;
  acronym?: string;
  aliases?: string[];
  kind: InstitutionKind;
  country?: string;
  parent?: string;
  website?: string;
  description?: string;
};

const { OMBUDSMAN, INTERGOVERNMENTAL_ORGANIZATION: IGO, IGO_BODY, NETWORK, GOVERNMENT_BODY, MEDIA, OTHER } = InstitutionKind;

export const institutions: SeedInstitution[] = [
  {
    key: 'az-ombudsman',
    name: 'Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan',
    aliases: [
      'Ombudsman of Azerbaijan',
      'Azerbaijani Ombudsman Institution',
      'Azərbaycan Respublikasının İnsan Hüquqları üzrə Müvəkkili (Ombudsman)',
    ],
    kind: OMBUDSMAN,
    country: 'AZ',
    website: 'https://ombudsman.az',
    description:
      'National human rights institution of Azerbaijan, operating under the Paris Principles; independent monitoring mechanism for the CRPD and the CRC.',
  },
  {
    key: 'az-ombudsman-children',
    name: 'Children’s Rights Protection Sector',
    kind: OTHER,
    country: 'AZ',
    parent: 'az-ombudsman',
    description: 'Structural division of the Ombudsman’s Office for children’s rights, working with the regional Ombudsman centres.',
  },
  {
    key: 'az-ombudsman-crc-committee',
    name: 'Monitoring Committee on the Implementation of the Convention on the Rights of the Child',
    kind: OTHER,
    country: 'AZ',
    parent: 'az-ombudsman',
    description: 'Established in 2024 under the Ombudsman’s directive to support independent oversight of compliance with the CRC.',
  },
  {
    key: 'az-ombudsman-martyr-families',
    name: 'Sector for the Protection of the Rights of Martyr Families, War Participants and Migrants',
    aliases: ['Sector for Work with Families of Martyrs and War Veterans'],
    kind: OTHER,
    country: 'AZ',
    parent: 'az-ombudsman',
    description: 'Created in 2021 as the Sector for Work with Families of Martyrs and War Veterans; widened in 2025.',
  },
  {
    key: 'az-ombudsman-equality',
    name: 'Sector for Ensuring the Right to Equality',
    kind: OTHER,
    country: 'AZ',
    parent: 'az-ombudsman',
  },
  {
    key: 'oic',
    name: 'Organisation of Islamic Cooperation',
    acronym: 'OIC',
    aliases: ['Organization of Islamic Cooperation'],
    kind: IGO,
    website: 'https://www.oic-oci.org',
  },
  {
    key: 'oic-iphrc',
    name: 'Independent Permanent Human Rights Commission',
    acronym: 'IPHRC',
    aliases: ['OIC IPHRC', 'OIC Independent Permanent Human Rights Commission'],
    kind: IGO_BODY,
    parent: 'oic',
    website: 'https://www.oic-iphrc.org',
    description: 'Human rights commission of the OIC; conducted two assessment missions in Azerbaijan.',
  },
  {
    key: 'oic-cfm',
    name: 'OIC Council of Foreign Ministers',
    acronym: 'CFM',
    kind: IGO_BODY,
    parent: 'oic',
  },
  {
    key: 'oic-oa',
    name: 'OIC Ombudsman Association',
    acronym: 'OICOA',
    aliases: ['Organization of Islamic Cooperation Ombudsman Association'],
    kind: NETWORK,
    description: 'Association of ombudsman institutions of OIC member states.',
  },
  {
    key: 'enoc',
    name: 'European Network of Ombudspersons for Children',
    acronym: 'ENOC',
    kind: NETWORK,
    website: 'https://enoc.eu',
  },
  {
    key: 'ennhri',
    name: 'European Network of National Human Rights Institutions',
    acronym: 'ENNHRI',
    kind: NETWORK,
    website: 'https://ennhri.org',
  },
  { key: 'un', name: 'United Nations', acronym: 'UN', kind: IGO, website: 'https://www.un.org' },
  {
    key: 'unfccc',
    name: 'United Nations Framework Convention on Climate Change secretariat',
    acronym: 'UNFCCC',
    kind: IGO_BODY,
    parent: 'un',
    website: 'https://unfccc.int',
    description: 'Convenes the Conference of the Parties (COP29 was held in Baku in November 2024).',
  },
  {
    key: 'unesco',
    name: 'United Nations Educational, Scientific and Cultural Organization',
    acronym: 'UNESCO',
    kind: IGO,
    parent: 'un',
    website: 'https://www.unesco.org',
  },
  { key: 'coe', name: 'Council of Europe', acronym: 'CoE', kind: IGO, website: 'https://www.coe.int' },
  { key: 'nam', name: 'Non-Aligned Movement', acronym: 'NAM', kind: IGO },
  {
    key: 'az-president',
    name: 'President of the Republic of Azerbaijan',
    aliases: ['Presidency of Azerbaijan'],
    kind: GOVERNMENT_BODY,
    country: 'AZ',
  },
  {
    key: 'az-cabinet',
    name: 'Cabinet of Ministers of the Republic of Azerbaijan',
    kind: GOVERNMENT_BODY,
    country: 'AZ',
  },
  { key: 'azernews', name: 'Azernews', kind: MEDIA, country: 'AZ', website: 'https://www.azernews.az' },
  {
    key: 'report',
    name: 'Report News Agency',
    aliases: ['Report', 'Report.az'],
    kind: MEDIA,
    country: 'AZ',
    website: 'https://report.az',
  },
];

/** Which source mentions each institution, in its own words (seed key → source key and quote). */
export const institutionCitations: Record<string, { source: string; quote: string }> = {
  'az-ombudsman': { source: 'src-azernews-2025-05-14', quote: 'Azerbaijan’s Commissioner for Human Rights (Ombudsman), Sabina Aliyeva' },
  'az-ombudsman-children': { source: 'src-report-interview-2025', quote: 'the Ombudsman’s Institution has a dedicated Children’s Rights Protection Sector' },
  'az-ombudsman-crc-committee': { source: 'src-report-interview-2025', quote: 'a Monitoring Committee on the Implementation of the Convention on the Rights of the Child was established under the Ombudsman’s directive' },
  'az-ombudsman-martyr-families': { source: 'src-report-interview-2025', quote: 'in 2025, a new sector, the Protection of the Rights of Martyr Families, War Participants, and Migrants, was established' },
  'az-ombudsman-equality': { source: 'src-report-interview-2025', quote: 'the Ombudsman Institute established the Sector for Ensuring the Right to Equality' },
  oic: { source: 'src-azernews-2025-05-14', quote: 'the Organization of Islamic Cooperation (OIC) Ombudsman Association' },
  'oic-iphrc': { source: 'src-report-interview-2025', quote: 'the Independent Permanent Human Rights Commission of the Organization of Islamic Cooperation (OIC)' },
  'oic-cfm': { source: 'src-report-interview-2025', quote: 'the 50th session of the OIC Council of Foreign Ministers' },
  'oic-oa': { source: 'src-azernews-2025-05-14', quote: 'the General Assembly of the Organization of Islamic Cooperation (OIC) Ombudsman Association, held in the Islamic Republic of Iran' },
  enoc: { source: 'src-report-interview-2025', quote: 'the European Network of Ombudspersons for Children' },
  ennhri: { source: 'src-report-interview-2025', quote: 'the European Network of National Human Rights Institutions' },
  un: { source: 'src-report-interview-2025', quote: 'ties with the UN, Council of Europe, UNESCO, and other international organizations will be strengthened' },
  unfccc: { source: 'src-report-interview-2025', quote: 'discussions on human rights and climate justice were organized within the framework of COP29' },
  unesco: { source: 'src-report-interview-2025', quote: 'ties with the UN, Council of Europe, UNESCO' },
  coe: { source: 'src-report-interview-2025', quote: 'ties with the UN, Council of Europe, UNESCO' },
  nam: { source: 'src-report-interview-2025', quote: 'the Summit of the Non-Aligned Movement’s Contact Group on Combating COVID-19 in Baku' },
  'az-president': { source: 'src-report-interview-2025', quote: 'the country’s president proposed including demining in the UN Agenda for 2030' },
  'az-cabinet': { source: 'src-report-interview-2025', quote: 'appeals have been sent to the Cabinet of Ministers and other authorized state bodies' },
  azernews: { source: 'src-azernews-2025-05-14', quote: 'Azernews reports' },
  report: { source: 'src-report-interview-2025', quote: 'spoke in an interview with Report' },
};
