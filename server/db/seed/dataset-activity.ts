// People, relations, events, visits, documents, agreement plans, commitments and reported
// figures from the two source articles. Keys reference institutions (dataset.ts), topics and
// sources (dataset-sources.ts). Quotes are the sources' own words.
import type { AgreementKind, AgreementPartyRole, AgreementStatus } from '../../records/agreement/agreement.enums.js';
import type { CommitmentStatus } from '../../records/commitment/commitment.enums.js';
import type { DocumentKind, DocumentRole } from '../../records/document/document.enums.js';
import type { EventKind, ParticipationRole, RsvpStatus, ScheduleStatus } from '../../records/event/event.enums.js';
import type { ClaimQualifier } from '../../records/provenance/provenance.enums.js';
import type { RelationKind } from '../../records/relation/relation.enums.js';
import type { VisitDirection, VisitPurpose } from '../../records/visit/visit.enums.js';

export type Cite = { source: string; quote: string };
const AZERNEWS = 'src-azernews-2025-05-14';
const REPORT = 'src-report-interview-2025';
const az = (quote: string): Cite => ({ source: AZERNEWS, quote });
const rep = (quote: string): Cite => ({ source: REPORT, quote });

type Cited = { key: string; cite: Cite[] };

export const people: (Cited & { name: string; aliases?: string[]; country?: string; honorific?: string })[] = [
  {
    key: 'person-sabina-aliyeva',
    name: 'Sabina Aliyeva',
    aliases: ['Səbinə Əliyeva'],
    country: 'AZ',
    cite: [az('Azerbaijan’s Commissioner for Human Rights (Ombudsman), Sabina Aliyeva'), rep('Azerbaijan’s Commissioner for Human Rights (Ombudsman), Sabina Aliyeva, spoke in an interview with Report')],
  },
];

export const posts: (Cited & { title: string; institution: string; isHead: boolean })[] = [
  {
    key: 'post-az-ombudsman',
    title: 'Commissioner for Human Rights (Ombudsman)',
    institution: 'az-ombudsman',
    isHead: true,
    cite: [az('Azerbaijan’s Commissioner for Human Rights (Ombudsman), Sabina Aliyeva')],
  },
  {
    key: 'post-az-president',
    title: 'President of the Republic of Azerbaijan',
    institution: 'az-president',
    isHead: true,
    cite: [rep('the country’s president proposed including demining in the UN Agenda for 2030')],
  },
];

export const tenures: (Cited & { person: string; post: string; startDate?: string; endDate?: string })[] = [
  {
    key: 'tenure-aliyeva-ombudsman',
    person: 'person-sabina-aliyeva',
    post: 'post-az-ombudsman',
    cite: [az('Azerbaijan’s Commissioner for Human Rights (Ombudsman), Sabina Aliyeva, participated in the Board of Directors meeting')],
  },
];

export const relations: (Cited & { kind: RelationKind; subject: string; object: string; role?: string; startDate?: string; description?: string })[] = [
  {
    key: 'rel-az-ombudsman-member-oicoa',
    kind: 'MEMBER_OF' as RelationKind,
    subject: 'az-ombudsman',
    object: 'oic-oa',
    description: 'Member institution of the OIC Ombudsman Association; took part in its Board of Directors meeting and General Assembly in May 2025.',
    cite: [az('She expressed satisfaction with the increasing cooperation among member institutions of the association')],
  },
  {
    key: 'rel-az-ombudsman-enoc',
    kind: 'COOPERATES_WITH' as RelationKind,
    subject: 'az-ombudsman',
    object: 'enoc',
    cite: [rep('The Ombudsman also continued cooperation with the European Network of Ombudspersons for Children')],
  },
  {
    key: 'rel-az-ombudsman-ennhri',
    kind: 'COOPERATES_WITH' as RelationKind,
    subject: 'az-ombudsman',
    object: 'ennhri',
    cite: [rep('continued cooperation with the European Network of Ombudspersons for Children and the European Network of National Human Rights Institutions')],
  },
  {
    key: 'rel-az-ombudsman-iphrc',
    kind: 'COOPERATES_WITH' as RelationKind,
    subject: 'az-ombudsman',
    object: 'oic-iphrc',
    description: 'Cooperation to investigate violations of the rights of Azerbaijanis resulting from the occupation.',
    cite: [rep('the Ombudsman of Azerbaijan cooperates with a number of international organizations, including the Independent Permanent Human Rights Commission of the Organization of Islamic Cooperation (OIC)')],
  },
  ...(['un', 'coe', 'unesco'] as const).map((object) => ({
    key: `rel-az-ombudsman-${object}`,
    kind: 'COOPERATES_WITH' as RelationKind,
    subject: 'az-ombudsman',
    object,
    description: 'Ties to be strengthened in 2025 on violations during the occupation and the destruction of cultural heritage.',
    cite: [rep('In this regard, ties with the UN, Council of Europe, UNESCO, and other international organizations will be strengthened.')],
  })),
  {
    key: 'rel-iphrc-body-of-oic',
    kind: 'BODY_OF' as RelationKind,
    subject: 'oic-iphrc',
    object: 'oic',
    cite: [rep('the Independent Permanent Human Rights Commission of the Organization of Islamic Cooperation (OIC)')],
  },
  {
    key: 'rel-cfm-body-of-oic',
    kind: 'BODY_OF' as RelationKind,
    subject: 'oic-cfm',
    object: 'oic',
    cite: [rep('the 50th session of the OIC Council of Foreign Ministers')],
  },
];

export type SeedParticipant = { institution?: string; person?: string; role: ParticipationRole; onBehalfOf?: string; rsvp: RsvpStatus; note?: string };

export type SeedEvent = Cited & {
  title: string;
  kind: EventKind;
  status: ScheduleStatus;
  startDate?: string;
  endDate?: string;
  city?: string;
  country?: string;
  parent?: string;
  recurrence?: string;
  description?: string;
  topics?: string[];
  participants?: SeedParticipant[];
};

const ATTENDED = 'ATTENDED' as RsvpStatus;
const HELD = 'HELD' as ScheduleStatus;
const PLANNED = 'PLANNED' as ScheduleStatus;
const ombudsmanAs = (role: string, note?: string): SeedParticipant => ({ institution: 'az-ombudsman', role: role as ParticipationRole, rsvp: ATTENDED, note });
const aliyevaAs = (role: string, note?: string): SeedParticipant => ({
  person: 'person-sabina-aliyeva',
  role: role as ParticipationRole,
  onBehalfOf: 'az-ombudsman',
  rsvp: ATTENDED,
  note,
});

export const events: SeedEvent[] = [
  {
    key: 'event-baku-forum-2024',
    title: 'International Baku Forum of Ombudsmen',
    kind: 'FORUM' as EventKind,
    status: HELD,
    startDate: '2024-10-02',
    endDate: '2024-10-02',
    city: 'Baku',
    country: 'AZ',
    description: 'Held at the initiative of the Ombudsman’s office on climate change and human rights: climate justice, corporate responsibility, access to information, human rights in environmental protection. Adopted the Baku Declaration.',
    topics: ['climate-justice', 'corporate-responsibility', 'access-to-information', 'environmental-protection'],
    participants: [ombudsmanAs('ORGANISER'), ombudsmanAs('HOST')],
    cite: [rep('on October 2, 2024, the International Baku Forum of Ombudsmen was held in Baku at the initiative of the Ombudsman’s office, bringing together over 200 representatives from more than 30 countries')],
  },
  {
    key: 'event-cop29',
    title: '29th UN Climate Change Conference (COP29)',
    kind: 'CONFERENCE' as EventKind,
    status: HELD,
    startDate: '2024-11',
    city: 'Baku',
    country: 'AZ',
    description: 'Conference of the Parties to the UN Framework Convention on Climate Change.',
    topics: ['climate-justice'],
    participants: [{ institution: 'unfccc', role: 'ORGANISER' as ParticipationRole, rsvp: ATTENDED }],
    cite: [rep('discussions on human rights and climate justice were organized within the framework of COP29')],
  },
  {
    key: 'event-cop29-human-rights-climate-justice',
    title: 'Discussions on human rights and climate justice at COP29',
    kind: 'SIDE_EVENT' as EventKind,
    status: HELD,
    startDate: '2024-11',
    city: 'Baku',
    country: 'AZ',
    parent: 'event-cop29',
    topics: ['climate-justice'],
    participants: [ombudsmanAs('ORGANISER')],
    cite: [rep('Additionally, at the initiative of the Ombudsman’s Institution, discussions on human rights and climate justice were organized within the framework of COP29.')],
  },
  {
    key: 'event-oic-human-rights-2024',
    title: 'OIC events on human rights (2024)',
    kind: 'OTHER' as EventKind,
    status: HELD,
    startDate: '2024',
    description: 'Events of the Organisation of Islamic Cooperation on human rights at which the Ombudsman presented evidence of environmental and humanitarian crimes.',
    topics: ['environmental-protection', 'international-humanitarian-law'],
    participants: [
      { institution: 'oic', role: 'ORGANISER' as ParticipationRole, rsvp: ATTENDED },
      aliyevaAs('SPEAKER', 'Presented evidence of Armenia’s environmental and humanitarian crimes'),
    ],
    cite: [rep('the Ombudsman participated in events held by the Organization of Islamic Cooperation on Human Rights, where she presented evidence of Armenia’s environmental and humanitarian crimes')],
  },
  {
    key: 'event-oicoa-ga-2025',
    title: 'General Assembly of the OIC Ombudsman Association (2025)',
    kind: 'GENERAL_ASSEMBLY' as EventKind,
    status: HELD,
    startDate: '2025-05',
    country: 'IR',
    description: 'Participants underlined enhancing cooperation among ombudsman offices and NHRIs of member states.',
    topics: ['disability-rights', 'forced-migration', 'mine-action'],
    participants: [
      { institution: 'oic-oa', role: 'ORGANISER' as ParticipationRole, rsvp: ATTENDED },
      ombudsmanAs('DELEGATE'),
      aliyevaAs('SPEAKER', 'Address on the Azerbaijani Ombudsman’s mandate, forced migration and the landmine threat'),
    ],
    cite: [az('participated in the Board of Directors meeting and the General Assembly of the Organization of Islamic Cooperation (OIC) Ombudsman Association, held in the Islamic Republic of Iran')],
  },
  {
    key: 'event-oicoa-board-2025',
    title: 'Board of Directors meeting of the OIC Ombudsman Association (2025)',
    kind: 'BOARD_MEETING' as EventKind,
    status: HELD,
    startDate: '2025-05',
    country: 'IR',
    parent: 'event-oicoa-ga-2025',
    participants: [{ institution: 'oic-oa', role: 'ORGANISER' as ParticipationRole, rsvp: ATTENDED }, aliyevaAs('PARTICIPANT')],
    cite: [az('participated in the Board of Directors meeting and the General Assembly')],
  },
  {
    key: 'event-year-of-constitution-2025',
    title: 'Year of the Constitution and Sovereignty',
    kind: 'CAMPAIGN' as EventKind,
    status: HELD,
    startDate: '2025',
    endDate: '2025',
    country: 'AZ',
    topics: ['rule-of-law'],
    cite: [rep('2025 has been declared the Year of the Constitution and Sovereignty in our country')],
  },
  {
    key: 'event-symposium-2025',
    title: 'Symposium of Ombudsmen dedicated to National Human Rights Day (18 June)',
    kind: 'SYMPOSIUM' as EventKind,
    status: PLANNED,
    startDate: '2025-06',
    city: 'Baku',
    country: 'AZ',
    parent: 'event-year-of-constitution-2025',
    description: 'For international partners, ombudsmen, heads of NHRIs, government agencies, civil society and media; on the rule of law and the improvement of public administration.',
    topics: ['rule-of-law', 'public-administration'],
    participants: [{ institution: 'az-ombudsman', role: 'ORGANISER' as ParticipationRole, rsvp: 'CONFIRMED' as RsvpStatus }],
    cite: [rep('several events will be held, including a Symposium of Ombudsmen in Baku, dedicated to June 18 – National Human Rights Day')],
  },
  {
    key: 'event-childrens-rights-month',
    title: 'Children’s Rights Month',
    kind: 'CAMPAIGN' as EventKind,
    status: HELD,
    startDate: '2024-10-20',
    endDate: '2024-11-20',
    country: 'AZ',
    recurrence: 'FREQ=YEARLY',
    description: 'Annual month of activities and appeals to the authorities on children’s rights; in 2024 educational activities were held for the first time in schools in the liberated territories.',
    topics: ['childrens-rights'],
    participants: [ombudsmanAs('ORGANISER')],
    cite: [rep('the annual Children’s Rights Month, held from October 20 to November 20')],
  },
  {
    key: 'event-nam-contact-group-2023',
    title: 'Summit of the Non-Aligned Movement’s Contact Group on Combating COVID-19',
    kind: 'CONFERENCE' as EventKind,
    status: HELD,
    startDate: '2023-03-02',
    endDate: '2023-03-02',
    city: 'Baku',
    country: 'AZ',
    topics: ['mine-action'],
    participants: [
      { institution: 'nam', role: 'ORGANISER' as ParticipationRole, rsvp: ATTENDED },
      { institution: 'az-president', role: 'SPEAKER' as ParticipationRole, rsvp: ATTENDED, note: 'Proposed including demining in the UN 2030 Agenda as the 18th SDG' },
    ],
    cite: [rep('on March 2, 2023, at the Summit of the Non-Aligned Movement’s Contact Group on Combating COVID-19 in Baku, the country’s president proposed including demining in the UN Agenda for 2030 as the 18th Sustainable Development Goal (SDG)')],
  },
  {
    key: 'event-cfm-50',
    title: '50th session of the OIC Council of Foreign Ministers',
    kind: 'SESSION' as EventKind,
    status: HELD,
    participants: [{ institution: 'oic-cfm', role: 'ORGANISER' as ParticipationRole, rsvp: ATTENDED }],
    cite: [rep('The report was approved during the 50th session of the OIC Council of Foreign Ministers')],
  },
  {
    key: 'event-repatriate-meetings',
    title: 'Meetings with citizens of Azerbaijan repatriated from Syria',
    kind: 'OTHER' as EventKind,
    status: HELD,
    endDate: '2024',
    country: 'AZ',
    description: 'The Ombudsman and her representatives met repatriated citizens, studied rehabilitation in the facilities housing them and assessed their condition and needs.',
    topics: ['repatriation', 'childrens-rights'],
    participants: [ombudsmanAs('ORGANISER')],
    cite: [rep('The Ombudsman and his representatives held meetings with 74 citizens of Azerbaijan (57 children and 17 women) repatriated from Syria')],
  },
];

export const visits: (Cited & {
  title: string;
  delegationOf: string;
  host?: string;
  direction: VisitDirection;
  purpose: VisitPurpose;
  status: ScheduleStatus;
  startDate?: string;
  endDate?: string;
  place?: string;
  country?: string;
  outcome?: string;
  description?: string;
  topics?: string[];
})[] = [
  {
    key: 'visit-iphrc-mission-1',
    title: 'First assessment mission of the OIC IPHRC to Azerbaijan',
    delegationOf: 'oic-iphrc',
    host: 'az-ombudsman',
    direction: 'INBOUND' as VisitDirection,
    purpose: 'ASSESSMENT_MISSION' as VisitPurpose,
    status: HELD,
    country: 'AZ',
    topics: ['international-humanitarian-law'],
    cite: [rep('representatives of the commission have conducted assessment missions in Azerbaijan twice')],
  },
  {
    key: 'visit-iphrc-mission-2',
    title: 'Second assessment mission of the OIC IPHRC to Azerbaijan (2023)',
    delegationOf: 'oic-iphrc',
    host: 'az-ombudsman',
    direction: 'INBOUND' as VisitDirection,
    purpose: 'ASSESSMENT_MISSION' as VisitPurpose,
    status: HELD,
    startDate: '2023',
    endDate: '2023',
    place: 'Liberated territories',
    country: 'AZ',
    outcome: 'doc-iphrc-mission-report-2023',
    description: 'To study on site the destruction of religious and cultural monuments and cemeteries, and collect information about those affected by the occupation and missile strikes.',
    topics: ['cultural-heritage', 'international-humanitarian-law'],
    cite: [rep('The purpose of the second trip, which took place in 2023, was to study on-site the facts of destruction of religious and cultural monuments, cemeteries belonging to Azerbaijanis by Armenian forces')],
  },
  {
    key: 'visit-ombudsman-liberated-territories',
    title: 'Ombudsman’s assessment missions to the liberated territories',
    delegationOf: 'az-ombudsman',
    direction: 'OUTBOUND' as VisitDirection,
    purpose: 'MONITORING' as VisitPurpose,
    status: HELD,
    endDate: '2025',
    place: 'Liberated territories',
    country: 'AZ',
    topics: ['cultural-heritage', 'mine-action'],
    cite: [rep('our observations during assessment missions to the liberated territories')],
  },
];

export type SeedDocumentParty = { institution: string; role: DocumentRole; date?: string; atEvent?: string };

export const documents: (Cited & {
  title: string;
  kind: DocumentKind;
  date?: string;
  adoptedAt?: string;
  summary?: string;
  parties: SeedDocumentParty[];
  topics?: string[];
})[] = [
  {
    key: 'doc-baku-declaration',
    title: 'Baku Declaration',
    kind: 'DECLARATION' as DocumentKind,
    date: '2024-10-02',
    adoptedAt: 'event-baku-forum-2024',
    summary: 'Emphasises the role of national human rights institutions in climate change issues.',
    parties: [{ institution: 'az-ombudsman', role: 'ADOPTED_BY' as DocumentRole, date: '2024-10-02', atEvent: 'event-baku-forum-2024' }],
    topics: ['climate-justice'],
    cite: [rep('As a result of the forum, the Baku Declaration was adopted, emphasizing the role of national human rights institutions in climate change issues.')],
  },
  {
    key: 'doc-mine-problem-special-report',
    title: 'The Mine Problem in the Liberated Territories',
    kind: 'SPECIAL_REPORT' as DocumentKind,
    summary: 'Evidence of mine terrorism; demands urgent measures to provide Azerbaijan with accurate maps of mined areas.',
    parties: [{ institution: 'az-ombudsman', role: 'ISSUER' as DocumentRole }],
    topics: ['mine-action'],
    cite: [rep('One such document is the special report "The Mine Problem in the Liberated Territories," which presents compelling evidence of mine terrorism and demands urgent measures to provide our country with accurate maps of mined areas.')],
  },
  {
    key: 'doc-iphrc-mission-report-2023',
    title: 'Report of the OIC IPHRC assessment mission to Azerbaijan (2023)',
    kind: 'REPORT' as DocumentKind,
    date: '2023',
    summary: 'Records violations of international humanitarian law and recommendations; published on the official website of the commission.',
    parties: [
      { institution: 'oic-iphrc', role: 'ISSUER' as DocumentRole },
      { institution: 'oic-cfm', role: 'APPROVED_BY' as DocumentRole, atEvent: 'event-cfm-50' },
    ],
    topics: ['cultural-heritage', 'international-humanitarian-law'],
    cite: [rep('Following the trip, a report was prepared and presented to the international community. … The report was approved during the 50th session of the OIC Council of Foreign Ministers and published on the official website of the commission.')],
  },
  {
    key: 'doc-appeals-repatriation',
    title: 'Appeals on the return of citizens remaining in Syria',
    kind: 'APPEAL' as DocumentKind,
    parties: [
      { institution: 'az-ombudsman', role: 'ISSUER' as DocumentRole },
      { institution: 'az-cabinet', role: 'ADDRESSED_TO' as DocumentRole },
    ],
    topics: ['repatriation'],
    cite: [rep('the Ombudsman has repeatedly appealed to the Cabinet of Ministers and other authorized state bodies')],
  },
  {
    key: 'doc-appeals-mine-threat',
    title: 'Statements, appeals and reports on the mine threat in the liberated territories',
    kind: 'APPEAL' as DocumentKind,
    summary: 'Sent to international and regional organisations, foreign ombudsmen and NHRIs.',
    parties: [{ institution: 'az-ombudsman', role: 'ISSUER' as DocumentRole }],
    topics: ['mine-action', 'international-humanitarian-law'],
    cite: [rep('We have sent numerous statements, appeals, and reports to international and regional organizations, ombudsmen of foreign states, and national human rights institutions')],
  },
  {
    key: 'doc-martyr-rules-1994',
    title: 'Rules for perpetuating the name of a martyr and providing benefits to families of martyrs (Cabinet of Ministers decree No. 10)',
    kind: 'RESOLUTION' as DocumentKind,
    date: '1994-01-15',
    parties: [{ institution: 'az-cabinet', role: 'ISSUER' as DocumentRole, date: '1994-01-15' }],
    topics: ['families-of-martyrs-and-veterans'],
    cite: [rep('according to the Cabinet of Ministers’ decree dated January 15, 1994, No. 10, the "Rules for perpetuating the name of a martyr and providing benefits to families of martyrs" were approved')],
  },
  {
    key: 'doc-ombudsman-law-amendments-2023',
    title: 'Amendments to the Constitutional Law "On the Ombudsman of the Republic of Azerbaijan" (2023)',
    kind: 'OTHER' as DocumentKind,
    date: '2023',
    summary: 'Independent monitoring mechanism for the CRPD and the CRC, equality and non-discrimination; clarified international cooperation mandate; wider complaint powers.',
    parties: [],
    topics: ['disability-rights', 'childrens-rights', 'equality'],
    cite: [rep('In 2023, more than 30 significant changes were made to the Constitutional Law of the Republic of Azerbaijan "On the Ombudsman of the Republic of Azerbaijan."')],
  },
  {
    key: 'doc-hague-convention-1954',
    title: 'Convention for the Protection of Cultural Property in the Event of Armed Conflict (The Hague, 1954)',
    kind: 'AGREEMENT_TEXT' as DocumentKind,
    date: '1954',
    parties: [{ institution: 'unesco', role: 'ISSUER' as DocumentRole }],
    topics: ['cultural-heritage', 'international-humanitarian-law'],
    cite: [rep('the 1954 Hague Convention "On the Protection of Cultural Property in the Event of Armed Conflict" and its two protocols')],
  },
  {
    key: 'doc-crc',
    title: 'Convention on the Rights of the Child',
    kind: 'AGREEMENT_TEXT' as DocumentKind,
    parties: [{ institution: 'un', role: 'ISSUER' as DocumentRole }],
    topics: ['childrens-rights'],
    cite: [rep('a Monitoring Committee on the Implementation of the Convention on the Rights of the Child was established')],
  },
  {
    key: 'doc-crpd',
    title: 'Convention on the Rights of Persons with Disabilities',
    kind: 'AGREEMENT_TEXT' as DocumentKind,
    parties: [{ institution: 'un', role: 'ISSUER' as DocumentRole }],
    topics: ['disability-rights'],
    cite: [rep('an independent monitoring mechanism was established to promote the implementation of the Convention on the Rights of Persons with Disabilities')],
  },
  {
    key: 'doc-paris-principles',
    title: 'Paris Principles (Principles relating to the Status of National Institutions)',
    kind: 'RESOLUTION' as DocumentKind,
    parties: [{ institution: 'un', role: 'ISSUER' as DocumentRole }],
    cite: [rep('The Ombudsman operates in accordance with the Paris Principles')],
  },
  {
    key: 'doc-agenda-2030',
    title: 'UN 2030 Agenda for Sustainable Development',
    kind: 'RESOLUTION' as DocumentKind,
    parties: [{ institution: 'un', role: 'ISSUER' as DocumentRole }],
    topics: ['mine-action'],
    cite: [rep('proposed including demining in the UN Agenda for 2030 as the 18th Sustainable Development Goal (SDG)')],
  },
];

export const agreements: (Cited & {
  title: string;
  kind: AgreementKind;
  status: AgreementStatus;
  summary: string;
  parties: { institution: string; role: AgreementPartyRole }[];
})[] = [
  {
    key: 'agreement-plan-mous-2025',
    title: 'Memoranda of understanding with partner organisations (planned for 2025)',
    kind: 'MEMORANDUM_OF_UNDERSTANDING' as AgreementKind,
    status: 'DRAFT' as AgreementStatus,
    summary: 'As in previous years, the Ombudsman plans to sign memoranda of understanding with various organisations; counterparts not yet named.',
    parties: [{ institution: 'az-ombudsman', role: 'PARTY' as AgreementPartyRole }],
    cite: [rep('As in previous years, we plan to sign memorandums of understanding with various organizations')],
  },
];

export const commitments: (Cited & {
  title: string;
  status: CommitmentStatus;
  dueDate?: string;
  ownerInstitution: string;
  madeAtEvent?: string;
  madeInDocument?: string;
  madeInAgreement?: string;
  description?: string;
  topics?: string[];
})[] = [
  {
    key: 'commitment-sign-mous-2025',
    title: 'Sign memoranda of understanding with various organisations',
    status: 'OPEN' as CommitmentStatus,
    dueDate: '2025',
    ownerInstitution: 'az-ombudsman',
    madeInAgreement: 'agreement-plan-mous-2025',
    cite: [rep('we plan to sign memorandums of understanding with various organizations')],
  },
  {
    key: 'commitment-mutual-visits-2025',
    title: 'Conduct mutual visits with ombudsman institutions of other countries',
    status: 'OPEN' as CommitmentStatus,
    dueDate: '2025',
    ownerInstitution: 'az-ombudsman',
    cite: [rep('conduct mutual visits with different ombudsman institutions this year')],
  },
  {
    key: 'commitment-invite-network-leaders-2025',
    title: 'Invite leaders of international and regional ombudsman networks to visit Azerbaijan, with trips to the liberated territories',
    status: 'OPEN' as CommitmentStatus,
    dueDate: '2025',
    ownerInstitution: 'az-ombudsman',
    cite: [rep('inviting their leaders to visit our country and organizing trips to liberated territories')],
  },
  {
    key: 'commitment-mine-maps-2025',
    title: 'Seek accurate maps of mined territories and faster demining through international cooperation',
    status: 'OPEN' as CommitmentStatus,
    dueDate: '2025',
    ownerInstitution: 'az-ombudsman',
    topics: ['mine-action'],
    cite: [rep('our priorities remain the continuation of international cooperation to obtain accurate maps of territories contaminated by mines and unexploded ordnance, the acceleration of demining efforts')],
  },
  {
    key: 'commitment-cultural-heritage-2025',
    title: 'Inform the world community about destroyed cultural heritage and seek compensation, with the UN, the Council of Europe and UNESCO',
    status: 'OPEN' as CommitmentStatus,
    dueDate: '2025',
    ownerInstitution: 'az-ombudsman',
    topics: ['cultural-heritage'],
    cite: [rep('In 2025, we plan to continue cooperation with international organizations to bring to the world community information about mass violations')],
  },
  {
    key: 'commitment-repatriates-2025',
    title: 'Continue protecting the rights of repatriates',
    status: 'IN_PROGRESS' as CommitmentStatus,
    dueDate: '2025',
    ownerInstitution: 'az-ombudsman',
    topics: ['repatriation'],
    cite: [rep('This year, we will continue our work to protect the rights of repatriates.')],
  },
  {
    key: 'commitment-forced-migration-awareness',
    title: 'Awareness-raising initiatives on forced migration under the OIC Ombudsman Association',
    status: 'OPEN' as CommitmentStatus,
    dueDate: '2024',
    ownerInstitution: 'oic-oa',
    madeAtEvent: 'event-oicoa-ga-2025',
    description: 'Proposed by Azerbaijan’s Ombudsman at the 2025 General Assembly (the article dates the initiatives “in 2024”).',
    topics: ['forced-migration'],
    cite: [az('She further stressed the need for awareness-raising initiatives on forced migration under the OIC Ombudsman Association in 2024')],
  },
  {
    key: 'commitment-martyr-rules-amendment',
    title: 'Propose amending paragraph 2.1.4 of the martyr-family rules to cover all siblings of martyrs',
    status: 'OPEN' as CommitmentStatus,
    ownerInstitution: 'az-ombudsman',
    madeInDocument: 'doc-martyr-rules-1994',
    topics: ['families-of-martyrs-and-veterans'],
    cite: [rep('Making changes to the legislation to include brothers and sisters of martyrs regardless of whether they live in orphanages will allow these individuals to enjoy the corresponding benefits and privileges.')],
  },
  {
    key: 'commitment-demining-sdg18',
    title: 'Include demining in the UN 2030 Agenda as the 18th Sustainable Development Goal',
    status: 'OPEN' as CommitmentStatus,
    ownerInstitution: 'az-president',
    madeAtEvent: 'event-nam-contact-group-2023',
    topics: ['mine-action'],
    cite: [rep('the country’s president proposed including demining in the UN Agenda for 2030 as the 18th Sustainable Development Goal (SDG)')],
  },
];

export const claims: (Cited & { record: string; measure: string; qualifier: ClaimQualifier; value: number; statement: string; asOf?: string })[] = [
  { key: 'claim-forum-participants', record: 'event-baku-forum-2024', measure: 'participants', qualifier: 'MORE_THAN' as ClaimQualifier, value: 200, statement: 'over 200 representatives', asOf: '2024-10-02', cite: [rep('bringing together over 200 representatives from more than 30 countries')] },
  { key: 'claim-forum-countries', record: 'event-baku-forum-2024', measure: 'countries represented', qualifier: 'MORE_THAN' as ClaimQualifier, value: 30, statement: 'from more than 30 countries', asOf: '2024-10-02', cite: [rep('bringing together over 200 representatives from more than 30 countries')] },
  { key: 'claim-mine-victims', record: 'topic-mine-action', measure: 'mine victims in Azerbaijan since 1991', qualifier: 'MORE_THAN' as ClaimQualifier, value: 3400, statement: 'more than 3,400 people have become victims of mines', asOf: '2025', cite: [rep('since 1991, more than 3,400 people have become victims of mines, including 359 children and 38 women')] },
  { key: 'claim-mine-victims-children', record: 'topic-mine-action', measure: 'child mine victims since 1991', qualifier: 'EXACT' as ClaimQualifier, value: 359, statement: 'including 359 children', asOf: '2025', cite: [rep('including 359 children and 38 women')] },
  { key: 'claim-mine-victims-women', record: 'topic-mine-action', measure: 'women mine victims since 1991', qualifier: 'EXACT' as ClaimQualifier, value: 38, statement: 'and 38 women', asOf: '2025', cite: [rep('including 359 children and 38 women')] },
  { key: 'claim-repatriates-met', record: 'event-repatriate-meetings', measure: 'repatriated citizens met', qualifier: 'EXACT' as ClaimQualifier, value: 74, statement: '74 citizens of Azerbaijan (57 children and 17 women)', cite: [rep('held meetings with 74 citizens of Azerbaijan (57 children and 17 women) repatriated from Syria')] },
  { key: 'claim-repatriates-children', record: 'event-repatriate-meetings', measure: 'repatriated children met', qualifier: 'EXACT' as ClaimQualifier, value: 57, statement: '57 children', cite: [rep('(57 children and 17 women)')] },
  { key: 'claim-repatriates-women', record: 'event-repatriate-meetings', measure: 'repatriated women met', qualifier: 'EXACT' as ClaimQualifier, value: 17, statement: '17 women', cite: [rep('(57 children and 17 women)')] },
  { key: 'claim-repatriates-2024', record: 'event-repatriate-meetings', measure: 'repatriates met in 2024', qualifier: 'EXACT' as ClaimQualifier, value: 31, statement: 'Meetings were held with 31 repatriates', asOf: '2024', cite: [rep('This work continued in 2024. Meetings were held with 31 repatriates')] },
  { key: 'claim-law-changes', record: 'doc-ombudsman-law-amendments-2023', measure: 'changes to the Constitutional Law on the Ombudsman', qualifier: 'MORE_THAN' as ClaimQualifier, value: 30, statement: 'more than 30 significant changes', asOf: '2023', cite: [rep('In 2023, more than 30 significant changes were made')] },
  { key: 'claim-iphrc-missions', record: 'oic-iphrc', measure: 'assessment missions in Azerbaijan', qualifier: 'EXACT' as ClaimQualifier, value: 2, statement: 'twice', asOf: '2025', cite: [rep('representatives of the commission have conducted assessment missions in Azerbaijan twice')] },
  { key: 'claim-displaced', record: 'topic-forced-migration', measure: 'Azerbaijanis forcibly displaced', qualifier: 'AT_LEAST' as ClaimQualifier, value: 200000, statement: 'hundreds of thousands of Azerbaijanis were forcibly displaced', cite: [az('hundreds of thousands of Azerbaijanis were forcibly displaced from their native lands')] },
];
