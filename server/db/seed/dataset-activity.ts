// People, relations, events, visits, documents, commitments and reported figures from the two
// source articles. Keys reference institutions (dataset.ts), topics and sources (dataset-sources.ts).
// Every value is either supported by the quote citing it (see cite.ts: `fields` names what a quote
// supports) or cited as INFERRED by the registry editors with the reason; nothing else is stated.
import type { AgreementKind, AgreementPartyRole, AgreementStatus } from '../../records/agreement/agreement.enums.js';
import type { CommitmentStatus } from '../../records/commitment/commitment.enums.js';
import type { DocumentKind, DocumentRole } from '../../records/document/document.enums.js';
import type { EventKind, ParticipationRole, RsvpStatus, ScheduleStatus } from '../../records/event/event.enums.js';
import type { ClaimQualifier } from '../../records/provenance/provenance.enums.js';
import type { RelationKind } from '../../records/relation/relation.enums.js';
import type { VisitDirection, VisitPurpose } from '../../records/visit/visit.enums.js';
import { az, type Cite, DATED_BY_AZERNEWS, inferred, rep } from './cite.js';

export type { Cite } from './cite.js';

type Cited = { key: string; cite: Cite[] };

export const people: (Cited & { name: string; aliases?: string[]; country?: string; honorific?: string })[] = [
  {
    key: 'person-sabina-aliyeva',
    name: 'Sabina Aliyeva',
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
    cite: [rep("the country's president proposed including demining in the UN Agenda for 2030")],
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

export const relations: (Cited & {
  kind: RelationKind;
  subject: string;
  object: string;
  role?: string;
  startDate?: string;
  description?: string;
  topics?: string[];
})[] = [
  {
    key: 'rel-az-ombudsman-member-oicoa',
    kind: 'MEMBER_OF' as RelationKind,
    subject: 'az-ombudsman',
    object: 'oic-oa',
    description: 'Took part in the association’s Board of Directors meeting and General Assembly, and spoke of the increasing cooperation among its member institutions.',
    cite: [
      az('She expressed satisfaction with the increasing cooperation among member institutions of the association', 'description'),
      az('participated in the Board of Directors meeting and the General Assembly of the Organization of Islamic Cooperation (OIC) Ombudsman Association', 'description'),
      inferred(
        'The article shows the Ombudsman at the association’s Board of Directors meeting and General Assembly and speaking of its “member institutions”; it does not say in so many words that the Ombudsman is a member.',
        'kind',
      ),
    ],
  },
  ...(['enoc', 'ennhri'] as const).map((object) => ({
    key: `rel-az-ombudsman-${object}`,
    kind: 'COOPERATES_WITH' as RelationKind,
    subject: 'az-ombudsman',
    object,
    description: 'Cooperation continued, with active participation in discussions and projects concerning the rule of law, children’s rights and other human rights aspects.',
    topics: ['rule-of-law', 'childrens-rights'],
    cite: [
      rep(
        "The Ombudsman also continued cooperation with the European Network of Ombudspersons for Children and the European Network of National Human Rights Institutions, actively participating in discussions and projects concerning the rule of law, children's rights, and other human rights aspects.",
        'kind',
        'description',
        'topics',
      ),
    ],
  })),
  {
    key: 'rel-az-ombudsman-iphrc',
    kind: 'COOPERATES_WITH' as RelationKind,
    subject: 'az-ombudsman',
    object: 'oic-iphrc',
    description: 'Cooperation to investigate violations of the rights and freedoms of Azerbaijanis, recorded in international documents, as a result of Armenia’s occupation policy.',
    cite: [
      rep(
        "the Ombudsman of Azerbaijan cooperates with a number of international organizations, including the Independent Permanent Human Rights Commission of the Organization of Islamic Cooperation (OIC), to investigate violations of the rights and freedoms of Azerbaijanis, recorded in international documents, as a result of Armenia's occupation policy",
        'kind',
        'description',
      ),
    ],
  },
  ...(['un', 'coe', 'unesco'] as const).map((object) => ({
    key: `rel-az-ombudsman-${object}`,
    kind: 'COOPERATES_WITH' as RelationKind,
    subject: 'az-ombudsman',
    object,
    description: 'Ties to be strengthened in 2025, to bring information about violations during the occupation to the world community and to seek compensation.',
    cite: [
      rep('In this regard, ties with the UN, Council of Europe, UNESCO, and other international organizations will be strengthened.', 'kind', 'description'),
      rep('In 2025, we plan to continue cooperation with international organizations to bring to the world community information about mass violations', 'description'),
    ],
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
const role = (r: string) => r as ParticipationRole;
const ombudsmanAs = (r: string, note?: string): SeedParticipant => ({ institution: 'az-ombudsman', role: role(r), rsvp: ATTENDED, note });
const aliyevaAs = (r: string, note?: string): SeedParticipant => ({ person: 'person-sabina-aliyeva', role: role(r), onBehalfOf: 'az-ombudsman', rsvp: ATTENDED, note });
const IN_2024_REVIEW =
  'The interview lists this among the answers to “Could you summarize your activities in this area for 2024”, without a date of its own; the registry dates it 2024.';

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
    description:
      'Held at the initiative of the Ombudsman’s office, with climate change and human rights at the forefront; addressed climate justice, corporate responsibility, access to information and human rights in the field of environmental protection. The Baku Declaration was adopted as a result of the forum.',
    topics: ['climate-justice', 'corporate-responsibility', 'access-to-information', 'environmental-protection'],
    participants: [ombudsmanAs('ORGANISER')],
    cite: [
      rep(
        'on October 2, 2024, the International Baku Forum of Ombudsmen was held in Baku at the initiative of the Ombudsman’s office, bringing together over 200 representatives from more than 30 countries',
        'title',
        'kind',
        'status',
        'startDate',
        'endDate',
        'city',
        'country',
        'participants',
      ),
      rep(
        'The forum addressed issues such as climate justice, corporate responsibility, access to information, and human rights in the field of environmental protection.',
        'topics',
        'description',
      ),
      rep('Climate change and human rights were at the forefront of the Ombudsman’s agenda.', 'description'),
      rep('As a result of the forum, the Baku Declaration was adopted', 'description'),
    ],
  },
  {
    key: 'event-cop29',
    title: 'COP29',
    kind: 'CONFERENCE' as EventKind,
    status: HELD,
    cite: [
      rep('discussions on human rights and climate justice were organized within the framework of COP29', 'title', 'status'),
      inferred('The interview names COP29 without saying what it is; the registry files it as a conference.', 'kind'),
    ],
  },
  {
    key: 'event-cop29-human-rights-climate-justice',
    title: 'Discussions on human rights and climate justice at COP29',
    kind: 'SIDE_EVENT' as EventKind,
    status: HELD,
    parent: 'event-cop29',
    topics: ['climate-justice'],
    participants: [ombudsmanAs('ORGANISER')],
    cite: [
      rep(
        'Additionally, at the initiative of the Ombudsman’s Institution, discussions on human rights and climate justice were organized within the framework of COP29.',
        'title',
        'kind',
        'status',
        'parent',
        'participants',
        'topics',
      ),
    ],
  },
  {
    key: 'event-oic-human-rights-2024',
    title: 'OIC events on human rights',
    kind: 'OTHER' as EventKind,
    status: HELD,
    startDate: '2024',
    description: 'Events held by the Organization of Islamic Cooperation on human rights, where the Ombudsman presented evidence of Armenia’s environmental and humanitarian crimes and called for broad global discussions and stronger international support.',
    topics: ['environmental-protection', 'international-humanitarian-law'],
    participants: [{ institution: 'oic', role: role('ORGANISER'), rsvp: ATTENDED }, aliyevaAs('SPEAKER', 'Presented evidence of Armenia’s environmental and humanitarian crimes')],
    cite: [
      rep(
        'the Ombudsman participated in events held by the Organization of Islamic Cooperation on Human Rights, where she presented evidence of Armenia’s environmental and humanitarian crimes to the international community',
        'title',
        'status',
        'participants',
        'description',
        'topics',
      ),
      rep('She called for broad global discussions on these issues and stronger international support.', 'description'),
      inferred(IN_2024_REVIEW, 'startDate'),
    ],
  },
  {
    key: 'event-oicoa-ga-2025',
    title: 'General Assembly of the OIC Ombudsman Association (2025)',
    kind: 'GENERAL_ASSEMBLY' as EventKind,
    status: HELD,
    startDate: '2025-05',
    country: 'IR',
    description: 'During the sessions, participants underlined the importance of enhancing cooperation among ombudsman offices and national human rights institutions of member states.',
    participants: [{ institution: 'oic-oa', role: role('ORGANISER'), rsvp: ATTENDED }, aliyevaAs('PARTICIPANT')],
    cite: [
      az(
        'participated in the Board of Directors meeting and the General Assembly of the Organization of Islamic Cooperation (OIC) Ombudsman Association, held in the Islamic Republic of Iran',
        'title',
        'kind',
        'status',
        'country',
        'participants',
      ),
      az(
        'During the sessions, participants underlined the importance of enhancing cooperation among ombudsman offices and national human rights institutions of member states.',
        'description',
      ),
      inferred(DATED_BY_AZERNEWS, 'startDate', 'title'),
    ],
  },
  {
    key: 'event-oicoa-board-2025',
    title: 'Board of Directors meeting of the OIC Ombudsman Association (2025)',
    kind: 'BOARD_MEETING' as EventKind,
    status: HELD,
    startDate: '2025-05',
    country: 'IR',
    description: 'During the sessions, participants underlined the importance of enhancing cooperation among ombudsman offices and national human rights institutions of member states.',
    participants: [{ institution: 'oic-oa', role: role('ORGANISER'), rsvp: ATTENDED }, aliyevaAs('PARTICIPANT')],
    cite: [
      az(
        'participated in the Board of Directors meeting and the General Assembly of the Organization of Islamic Cooperation (OIC) Ombudsman Association, held in the Islamic Republic of Iran',
        'title',
        'kind',
        'status',
        'country',
        'participants',
      ),
      az(
        'During the sessions, participants underlined the importance of enhancing cooperation among ombudsman offices and national human rights institutions of member states.',
        'description',
      ),
      inferred(DATED_BY_AZERNEWS, 'startDate', 'title'),
    ],
  },
  {
    key: 'event-aliyeva-media-interviews-2025',
    title: 'Interviews of Sabina Aliyeva with international and Iranian media',
    kind: 'OTHER' as EventKind,
    status: HELD,
    startDate: '2025-05',
    description: 'Detailed insights into Azerbaijan’s ongoing human rights efforts and the post-conflict rehabilitation process.',
    participants: [aliyevaAs('SPEAKER')],
    cite: [
      az(
        'In addition, Aliyeva gave interviews to international and Iranian media outlets, offering detailed insights into Azerbaijan’s ongoing human rights efforts and the post-conflict rehabilitation process.',
        'title',
        'status',
        'participants',
        'description',
      ),
      inferred(DATED_BY_AZERNEWS, 'startDate'),
    ],
  },
  {
    key: 'event-year-of-constitution-2025',
    title: 'Year of the Constitution and Sovereignty',
    kind: 'CAMPAIGN' as EventKind,
    status: 'CONFIRMED' as ScheduleStatus,
    startDate: '2025',
    endDate: '2025',
    country: 'AZ',
    topics: ['rule-of-law'],
    cite: [
      rep('2025 has been declared the Year of the Constitution and Sovereignty in our country', 'title', 'startDate', 'endDate', 'country'),
      inferred('The interview says 2025 “has been declared” the year and that events “will be held”; it says nothing of how the year went. CONFIRMED is the status as of the interview.', 'status', 'kind'),
    ],
  },
  {
    key: 'event-symposium-2025',
    title: 'Symposium of Ombudsmen dedicated to National Human Rights Day (18 June)',
    kind: 'SYMPOSIUM' as EventKind,
    status: PLANNED,
    startDate: '2025',
    city: 'Baku',
    country: 'AZ',
    parent: 'event-year-of-constitution-2025',
    description:
      'Will welcome international partners, ombudsmen from various countries, heads of national human rights institutions, representatives of government agencies, civil society and local and foreign media; on the rule of law and the improvement of public administration.',
    topics: ['rule-of-law', 'public-administration'],
    participants: [{ institution: 'az-ombudsman', role: role('ORGANISER'), rsvp: 'CONFIRMED' as RsvpStatus }],
    cite: [
      rep(
        'As part of this initiative, several events will be held, including a Symposium of Ombudsmen in Baku, dedicated to June 18 – National Human Rights Day.',
        'title',
        'status',
        'startDate',
        'city',
        'country',
        'parent',
      ),
      rep(
        'The event will welcome international partners, ombudsmen from various countries, heads of national human rights institutions, representatives of government agencies, civil society, as well as local and foreign media.',
        'description',
      ),
      rep('The symposium will address key issues related to the rule of law and the improvement of public administration.', 'description', 'topics'),
      inferred('The Ombudsman announces the symposium among the year’s events; the interview does not name its organiser.', 'participants'),
    ],
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
    description: 'Annual month of activities and appeals to the relevant authorities on children’s rights, organised by the Ombudsman’s Institution.',
    topics: ['childrens-rights'],
    participants: [ombudsmanAs('ORGANISER')],
    cite: [
      rep(
        'One significant initiative is the annual Children’s Rights Month, held from October 20 to November 20, during which various activities take place, and appeals are made to relevant authorities.',
        'title',
        'kind',
        'recurrence',
        'description',
      ),
      rep('The Ombudsman’s Institution also regularly organizes events and meetings for children from different backgrounds', 'participants', 'country'),
      inferred(
        'The month runs every year from October 20 to November 20; the interview gives no first year. The registry starts the series in 2024, the year the interview reviews, and records that one as held.',
        'startDate',
        'endDate',
        'status',
      ),
    ],
  },
  {
    key: 'event-schools-liberated-territories-2024',
    title: 'Educational activities in schools in the liberated territories',
    kind: 'OTHER' as EventKind,
    status: HELD,
    startDate: '2024',
    endDate: '2024',
    description: 'Held for the first time in 2024.',
    topics: ['childrens-rights'],
    cite: [rep('Notably, in 2024, for the first time, educational activities were conducted in schools located in the liberated territories.', 'title', 'status', 'startDate', 'endDate', 'description')],
  },
  {
    key: 'event-unannounced-inspections-child-institutions',
    title: 'Unannounced inspections of state-run child institutions',
    kind: 'OTHER' as EventKind,
    status: HELD,
    description: 'Conducted by members of the National Preventive Group and Monitoring Committees; necessary measures are taken to address the deficiencies found.',
    topics: ['childrens-rights'],
    participants: [{ institution: 'az-national-preventive-group', role: role('PARTICIPANT'), rsvp: ATTENDED }],
    cite: [
      rep(
        'members of the National Preventive Group and Monitoring Committees conduct unannounced inspections of state-run child institutions',
        'title',
        'status',
        'participants',
        'description',
      ),
      rep('Following these inspections, necessary measures are taken to address identified deficiencies.', 'description'),
    ],
  },
  {
    key: 'event-invited-visits-witnesses',
    title: 'Visits to Azerbaijan at the Ombudsman’s invitation by international organisations, ombudsmen and national human rights institutions',
    kind: 'OTHER' as EventKind,
    status: HELD,
    country: 'AZ',
    description:
      'The visitors witnessed the war crimes committed against the country and subsequently prepared reports submitted to international organisations.',
    topics: ['international-humanitarian-law', 'mine-action'],
    participants: [ombudsmanAs('HOST', 'Invited the visitors')],
    cite: [
      rep(
        'Representatives of various international organizations, ombudsmen, and national human rights institutions who visited Azerbaijan at our invitation witnessed the war crimes committed against our country and subsequently prepared corresponding reports submitted to international organizations.',
        'title',
        'status',
        'country',
        'participants',
        'description',
      ),
    ],
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
      { institution: 'nam', role: role('ORGANISER'), rsvp: ATTENDED },
      { institution: 'az-president', role: role('SPEAKER'), rsvp: ATTENDED, note: 'Proposed including demining in the UN Agenda for 2030 as the 18th SDG' },
    ],
    cite: [
      rep(
        "on March 2, 2023, at the Summit of the Non-Aligned Movement's Contact Group on Combating COVID-19 in Baku, the country's president proposed including demining in the UN Agenda for 2030 as the 18th Sustainable Development Goal (SDG)",
        'title',
        'status',
        'startDate',
        'endDate',
        'city',
        'country',
        'participants',
        'topics',
      ),
      inferred('The interview names a “Summit”; the registry files it as a conference.', 'kind'),
    ],
  },
  {
    key: 'event-cfm-50',
    title: '50th session of the OIC Council of Foreign Ministers',
    kind: 'SESSION' as EventKind,
    status: HELD,
    participants: [{ institution: 'oic-cfm', role: role('ORGANISER'), rsvp: ATTENDED }],
    cite: [rep('The report was approved during the 50th session of the OIC Council of Foreign Ministers', 'title', 'kind', 'status', 'participants')],
  },
  {
    key: 'event-repatriate-meetings',
    title: 'Meetings with 74 citizens of Azerbaijan repatriated from Syria',
    kind: 'OTHER' as EventKind,
    status: HELD,
    description: 'The Ombudsman and his representatives met 74 repatriated citizens (57 children and 17 women) and studied the level of protection of their rights.',
    topics: ['repatriation', 'childrens-rights'],
    participants: [ombudsmanAs('ORGANISER')],
    cite: [
      rep(
        'The Ombudsman and his representatives held meetings with 74 citizens of Azerbaijan (57 children and 17 women) repatriated from Syria and studied the level of protection of their rights.',
        'title',
        'status',
        'participants',
        'description',
        'topics',
      ),
    ],
  },
  {
    key: 'event-repatriate-meetings-2024',
    title: 'Meetings with 31 repatriates (2024)',
    kind: 'OTHER' as EventKind,
    status: HELD,
    startDate: '2024',
    endDate: '2024',
    description:
      'The work with repatriates continued in 2024: rehabilitation activities in the facilities where they are housed were studied, their general and psychological condition assessed, problems and needs identified, and measures taken to protect their rights.',
    topics: ['repatriation'],
    participants: [ombudsmanAs('ORGANISER')],
    cite: [
      rep(
        'This work continued in 2024. Meetings were held with 31 repatriates, rehabilitation activities conducted in the facilities where they are housed were studied, and measures were taken to protect their rights.',
        'title',
        'status',
        'startDate',
        'endDate',
        'participants',
        'description',
      ),
      rep('During the meetings, their general and psychological condition was assessed, problems and needs were identified', 'description'),
    ],
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
    title: 'First assessment mission of the Independent Permanent Human Rights Commission to Azerbaijan',
    delegationOf: 'oic-iphrc',
    direction: 'INBOUND' as VisitDirection,
    purpose: 'ASSESSMENT_MISSION' as VisitPurpose,
    status: HELD,
    country: 'AZ',
    cite: [
      rep(
        'As part of this cooperation, representatives of the commission have conducted assessment missions in Azerbaijan twice.',
        'title',
        'delegationOf',
        'direction',
        'purpose',
        'status',
        'country',
      ),
    ],
  },
  {
    key: 'visit-iphrc-mission-2',
    title: 'Second assessment mission of the Independent Permanent Human Rights Commission to Azerbaijan (2023)',
    delegationOf: 'oic-iphrc',
    direction: 'INBOUND' as VisitDirection,
    purpose: 'ASSESSMENT_MISSION' as VisitPurpose,
    status: HELD,
    startDate: '2023',
    endDate: '2023',
    country: 'AZ',
    outcome: 'doc-iphrc-mission-report',
    description:
      'To study on site the destruction of religious and cultural monuments and cemeteries belonging to Azerbaijanis, and to collect information about those affected by the occupation and missile strikes.',
    topics: ['cultural-heritage', 'international-humanitarian-law'],
    cite: [
      rep('representatives of the commission have conducted assessment missions in Azerbaijan twice', 'delegationOf', 'direction', 'purpose', 'country'),
      rep(
        'The purpose of the second trip, which took place in 2023, was to study on-site the facts of destruction of religious and cultural monuments, cemeteries belonging to Azerbaijanis by Armenian forces, as well as to collect information about those affected by the occupation and missile strikes.',
        'title',
        'status',
        'startDate',
        'endDate',
        'description',
        'topics',
      ),
      rep('Following the trip, a report was prepared and presented to the international community.', 'outcome'),
    ],
  },
  {
    key: 'visit-ombudsman-liberated-territories',
    title: 'Ombudsman’s assessment missions to the liberated territories',
    delegationOf: 'az-ombudsman',
    direction: 'OUTBOUND' as VisitDirection,
    purpose: 'MONITORING' as VisitPurpose,
    status: HELD,
    place: 'Liberated territories',
    country: 'AZ',
    topics: ['cultural-heritage'],
    cite: [
      rep(
        'The information collected by the Ombudsman Institute and our observations during assessment missions to the liberated territories',
        'title',
        'delegationOf',
        'purpose',
        'status',
        'place',
        'country',
        'topics',
      ),
      inferred('OUTBOUND in the registry’s sense: the Ombudsman’s own people travel (here within Azerbaijan). The interview gives no dates.', 'direction'),
    ],
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
    summary: 'Emphasizes the role of national human rights institutions in climate change issues.',
    parties: [],
    topics: ['climate-justice'],
    cite: [
      rep('As a result of the forum, the Baku Declaration was adopted, emphasizing the role of national human rights institutions in climate change issues.', 'title', 'kind', 'adoptedAt', 'summary', 'topics'),
      inferred('Adopted “as a result of the forum” of October 2, 2024; the interview gives no date of adoption, so the registry dates it by the forum.', 'date'),
    ],
  },
  {
    key: 'doc-aliyeva-address-oicoa-2025',
    title: 'Address of Sabina Aliyeva to the OIC Ombudsman Association',
    kind: 'STATEMENT' as DocumentKind,
    date: '2025-05',
    summary:
      'Delivered during the association’s Board of Directors meeting and General Assembly in Iran (the article does not say at which). Emphasized Azerbaijan’s active engagement within the framework of the OIC and its role in hosting several significant global events; the rights of vulnerable populations, especially persons with disabilities; the Ombudsman’s mandate; forced migration, with hundreds of thousands of Azerbaijanis forcibly displaced; the landmine threat and the minefield maps Armenia has not handed over; and the need for awareness-raising on forced migration under the association.',
    parties: [{ institution: 'az-ombudsman', role: 'ISSUER' as DocumentRole }],
    topics: ['disability-rights', 'forced-migration', 'mine-action'],
    cite: [
      az('In her address, Aliyeva emphasized Azerbaijan’s active engagement within the framework of the OIC and its role in hosting several significant global events.', 'title', 'kind', 'summary', 'parties'),
      az('underscored the importance of joint efforts in promoting and protecting the rights of vulnerable populations, especially persons with disabilities', 'summary', 'topics'),
      az('Presenting an overview of the Azerbaijani Ombudsman Institution’s mandate and activities', 'summary'),
      az('hundreds of thousands of Azerbaijanis were forcibly displaced from their native lands', 'summary', 'topics'),
      az('She lamented that Armenia has still not handed over accurate maps of the minefields', 'summary', 'topics'),
      az('She further stressed the need for awareness-raising initiatives on forced migration under the OIC Ombudsman Association in 2024', 'summary'),
      inferred(DATED_BY_AZERNEWS, 'date'),
    ],
  },
  {
    key: 'doc-mine-problem-special-report',
    title: 'The Mine Problem in the Liberated Territories',
    kind: 'SPECIAL_REPORT' as DocumentKind,
    summary: 'Presents evidence of mine terrorism and demands urgent measures to provide Azerbaijan with accurate maps of mined areas.',
    parties: [{ institution: 'az-ombudsman', role: 'ISSUER' as DocumentRole }],
    topics: ['mine-action'],
    cite: [
      rep(
        'One such document is the special report "The Mine Problem in the Liberated Territories," which presents compelling evidence of mine terrorism and demands urgent measures to provide our country with accurate maps of mined areas.',
        'title',
        'kind',
        'summary',
        'topics',
      ),
      rep('We have sent numerous statements, appeals, and reports to international and regional organizations', 'parties'),
    ],
  },
  {
    key: 'doc-iphrc-mission-report',
    title: 'Report on the second assessment mission of the Independent Permanent Human Rights Commission to Azerbaijan',
    kind: 'REPORT' as DocumentKind,
    summary:
      'Records facts of gross violation of the norms of international humanitarian law, with recommendations; presented to the international community, approved during the 50th session of the OIC Council of Foreign Ministers and published on the official website of the commission.',
    parties: [
      { institution: 'oic-iphrc', role: 'ISSUER' as DocumentRole },
      { institution: 'oic-cfm', role: 'APPROVED_BY' as DocumentRole, atEvent: 'event-cfm-50' },
    ],
    topics: ['cultural-heritage', 'international-humanitarian-law'],
    cite: [
      rep('Following the trip, a report was prepared and presented to the international community.', 'title', 'kind', 'summary'),
      rep('This document recorded facts of gross violation by Armenia of the norms of international humanitarian law, as well as recommendations on this issue.', 'summary', 'topics'),
      rep('The report was approved during the 50th session of the OIC Council of Foreign Ministers and published on the official website of the commission.', 'summary', 'parties'),
    ],
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
    cite: [rep('the Ombudsman has repeatedly appealed to the Cabinet of Ministers and other authorized state bodies', 'title', 'kind', 'parties', 'topics')],
  },
  {
    key: 'doc-appeals-mine-threat',
    title: 'Statements, appeals and reports on the mine threat in the liberated territories',
    kind: 'APPEAL' as DocumentKind,
    summary: 'Sent to international and regional organizations, ombudsmen of foreign states and national human rights institutions, highlighting systematic violations of international humanitarian law.',
    parties: [{ institution: 'az-ombudsman', role: 'ISSUER' as DocumentRole }],
    topics: ['mine-action', 'international-humanitarian-law'],
    cite: [
      rep(
        'We have sent numerous statements, appeals, and reports to international and regional organizations, ombudsmen of foreign states, and national human rights institutions, highlighting Armenia’s systematic violations of international humanitarian law.',
        'title',
        'kind',
        'summary',
        'parties',
        'topics',
      ),
    ],
  },
  {
    key: 'doc-martyr-rules-1994',
    title: 'Rules for perpetuating the name of a martyr and providing benefits to families of martyrs (Cabinet of Ministers decree No. 10)',
    kind: 'OTHER' as DocumentKind,
    date: '1994-01-15',
    summary: 'Part 2 defines who counts as a member of a martyr’s family; under paragraph 2.1.4 only brothers and sisters raised in orphanages do.',
    parties: [{ institution: 'az-cabinet', role: 'ISSUER' as DocumentRole, date: '1994-01-15' }],
    topics: ['families-of-martyrs-and-veterans'],
    cite: [
      rep(
        'according to the Cabinet of Ministers\' decree dated January 15, 1994, No. 10, the "Rules for perpetuating the name of a martyr and providing benefits to families of martyrs" were approved',
        'title',
        'date',
        'parties',
        'topics',
      ),
      rep('Part 2 of these Rules defines the categories of persons considered to be members of the families of the deceased.', 'summary'),
      rep("according to paragraph 2.1.4 of these rules, only brothers and sisters of a martyr who are raised in orphanages are considered members of the martyr's family", 'summary'),
    ],
  },
  {
    key: 'doc-ombudsman-law-amendments-2023',
    title: 'Amendments to the Constitutional Law "On the Ombudsman of the Republic of Azerbaijan" (2023)',
    kind: 'OTHER' as DocumentKind,
    date: '2023',
    summary:
      'Established an independent monitoring mechanism for the Convention on the Rights of Persons with Disabilities and the Convention on the Rights of the Child, ensuring equality and preventing discrimination; clarified the international cooperation mandate; defined powers to monitor state programmes; widened complaint powers, including on-site investigations.',
    parties: [],
    topics: ['disability-rights', 'childrens-rights', 'equality'],
    cite: [
      rep('In 2023, more than 30 significant changes were made to the Constitutional Law of the Republic of Azerbaijan "On the Ombudsman of the Republic of Azerbaijan."', 'title', 'date'),
      rep(
        'Specifically, an independent monitoring mechanism was established to promote the implementation of the Convention on the Rights of Persons with Disabilities and the Convention on the Rights of the Child, ensuring the right to equality and preventing discrimination.',
        'summary',
        'topics',
      ),
      rep('Furthermore, the Ombudsman’s mandate in the field of international cooperation was clarified', 'summary'),
      rep('The Ombudsman’s powers to review complaints were also expanded, including the ability to conduct on-site investigations and document their results.', 'summary'),
    ],
  },
  {
    key: 'doc-hague-convention-1954',
    title: '1954 Hague Convention "On the Protection of Cultural Property in the Event of Armed Conflict"',
    kind: 'AGREEMENT_TEXT' as DocumentKind,
    date: '1954',
    summary: 'Has two protocols.',
    parties: [],
    topics: ['cultural-heritage', 'international-humanitarian-law'],
    cite: [rep('the 1954 Hague Convention "On the Protection of Cultural Property in the Event of Armed Conflict" and its two protocols', 'title', 'kind', 'date', 'summary', 'topics')],
  },
  {
    key: 'doc-crc',
    title: 'Convention on the Rights of the Child',
    kind: 'AGREEMENT_TEXT' as DocumentKind,
    parties: [],
    topics: ['childrens-rights'],
    cite: [rep('a Monitoring Committee on the Implementation of the Convention on the Rights of the Child was established', 'title', 'kind', 'topics')],
  },
  {
    key: 'doc-crpd',
    title: 'Convention on the Rights of Persons with Disabilities',
    kind: 'AGREEMENT_TEXT' as DocumentKind,
    parties: [],
    topics: ['disability-rights'],
    cite: [rep('an independent monitoring mechanism was established to promote the implementation of the Convention on the Rights of Persons with Disabilities', 'title', 'kind', 'topics')],
  },
  {
    key: 'doc-paris-principles',
    title: 'Paris Principles',
    kind: 'OTHER' as DocumentKind,
    parties: [],
    cite: [rep('The Ombudsman operates in accordance with the Paris Principles', 'title')],
  },
  {
    key: 'doc-agenda-2030',
    title: 'UN Agenda for 2030',
    kind: 'OTHER' as DocumentKind,
    parties: [],
    topics: ['mine-action'],
    cite: [rep('proposed including demining in the UN Agenda for 2030 as the 18th Sustainable Development Goal (SDG)', 'title', 'topics')],
  },
];

/** Agreements the articles state (none: the interview only says memoranda are planned — see the commitment). */
export const agreements: (Cited & {
  title: string;
  kind: AgreementKind;
  status: AgreementStatus;
  summary: string;
  parties: { institution: string; role: AgreementPartyRole }[];
})[] = [];

const OPEN = 'OPEN' as CommitmentStatus;
const PLAN_STATUS =
  'The interview states this as a plan or intention for 2025 and says nothing of progress; OPEN is the registry’s starting status for a commitment.';

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
    status: OPEN,
    dueDate: '2025',
    ownerInstitution: 'az-ombudsman',
    description: 'As in previous years; the counterparts are not named.',
    cite: [
      rep('As in previous years, we plan to sign memorandums of understanding with various organizations and conduct mutual visits with different ombudsman institutions this year.', 'title', 'dueDate', 'ownerInstitution', 'description'),
      inferred(PLAN_STATUS, 'status'),
    ],
  },
  {
    key: 'commitment-mutual-visits-2025',
    title: 'Conduct mutual visits with ombudsman institutions of other countries',
    status: OPEN,
    dueDate: '2025',
    ownerInstitution: 'az-ombudsman',
    cite: [rep('conduct mutual visits with different ombudsman institutions this year', 'title', 'dueDate', 'ownerInstitution'), inferred(PLAN_STATUS, 'status')],
  },
  {
    key: 'commitment-invite-network-leaders-2025',
    title: 'Invite leaders of international and regional ombudsman networks to visit Azerbaijan, with trips to the liberated territories',
    status: OPEN,
    dueDate: '2025',
    ownerInstitution: 'az-ombudsman',
    cite: [
      rep(
        'We also intend to strengthen existing cooperation with international and regional ombudsman networks by inviting their leaders to visit our country and organizing trips to liberated territories.',
        'title',
        'ownerInstitution',
      ),
      rep('In 2025, we will continue our efforts', 'dueDate'),
      inferred(PLAN_STATUS, 'status'),
    ],
  },
  {
    key: 'commitment-compatriots-expelled-2025',
    title: 'Protect the rights of compatriots expelled from Armenia and ensure their return to their native lands',
    status: OPEN,
    dueDate: '2025',
    ownerInstitution: 'az-ombudsman',
    topics: ['forced-migration'],
    cite: [
      rep('In 2025, we will continue our efforts to protect the rights of compatriots expelled from Armenia and ensure their return to their native lands.', 'title', 'dueDate', 'ownerInstitution', 'topics'),
      inferred(PLAN_STATUS, 'status'),
    ],
  },
  {
    key: 'commitment-mine-maps-2025',
    title: 'Seek accurate maps of mined territories and faster demining through international cooperation',
    status: OPEN,
    dueDate: '2025',
    ownerInstitution: 'az-ombudsman',
    topics: ['mine-action'],
    cite: [
      rep(
        'This year, our priorities remain the continuation of international cooperation to obtain accurate maps of territories contaminated by mines and unexploded ordnance, the acceleration of demining efforts',
        'title',
        'dueDate',
        'ownerInstitution',
        'topics',
      ),
      inferred(PLAN_STATUS, 'status'),
    ],
  },
  {
    key: 'commitment-cultural-heritage-2025',
    title: 'Inform the world community about destroyed cultural heritage and seek compensation, with the UN, the Council of Europe and UNESCO',
    status: OPEN,
    dueDate: '2025',
    ownerInstitution: 'az-ombudsman',
    topics: ['cultural-heritage'],
    cite: [
      rep(
        'In 2025, we plan to continue cooperation with international organizations to bring to the world community information about mass violations of the rights of refugees and internally displaced persons, the destruction of natural, historical, and cultural values of Azerbaijan during the occupation, and to seek compensation from Armenia for the damage caused.',
        'title',
        'dueDate',
        'ownerInstitution',
        'topics',
      ),
      rep('ties with the UN, Council of Europe, UNESCO, and other international organizations will be strengthened', 'title'),
      inferred(PLAN_STATUS, 'status'),
    ],
  },
  {
    key: 'commitment-international-lawyers',
    title: 'Expand cooperation with international lawyers and experts to bring the perpetrators to justice',
    status: OPEN,
    ownerInstitution: 'az-ombudsman',
    topics: ['international-humanitarian-law'],
    cite: [rep('To bring the perpetrators to justice, we will expand cooperation with international lawyers and experts.', 'title', 'ownerInstitution', 'topics'), inferred(PLAN_STATUS, 'status')],
  },
  {
    key: 'commitment-repatriates-2025',
    title: 'Continue protecting the rights of repatriates',
    status: 'IN_PROGRESS' as CommitmentStatus,
    dueDate: '2025',
    ownerInstitution: 'az-ombudsman',
    description:
      'Measures taken so far in response to appeals addressed the issuance of birth certificates to children, social assistance and psychological support services, among other issues.',
    topics: ['repatriation'],
    cite: [
      rep('This year, we will continue our work to protect the rights of repatriates.', 'title', 'dueDate', 'ownerInstitution', 'topics'),
      rep(
        'As a result of measures taken in response to appeals to the Ombudsman regarding the rights of repatriates, the issuance of birth certificates to children, provision of social assistance and psychological support services, as well as other issues were addressed.',
        'description',
      ),
      inferred('The interview says the work “continued in 2024” and will continue; IN_PROGRESS is the registry’s status for continuing work.', 'status'),
    ],
  },
  {
    key: 'commitment-forced-migration-awareness',
    title: 'Awareness-raising initiatives on forced migration under the OIC Ombudsman Association',
    status: OPEN,
    dueDate: '2024',
    ownerInstitution: 'az-ombudsman',
    madeInDocument: 'doc-aliyeva-address-oicoa-2025',
    description: 'A need stressed by Sabina Aliyeva in her address (the article dates the initiatives “in 2024”); the article does not say who is to carry them out.',
    topics: ['forced-migration'],
    cite: [
      az(
        'She further stressed the need for awareness-raising initiatives on forced migration under the OIC Ombudsman Association in 2024, arguing that such actions are essential for advancing human rights protection and advocacy.',
        'title',
        'dueDate',
        'madeInDocument',
        'description',
        'topics',
      ),
      inferred('The article reports the call, not who carries it out or whether it happened; the registry files it under the Ombudsman who made it, as OPEN.', 'ownerInstitution', 'status'),
    ],
  },
  {
    key: 'commitment-martyr-rules-amendment',
    title: 'Propose amending paragraph 2.1.4 of the martyr-family rules to cover all siblings of martyrs',
    status: OPEN,
    ownerInstitution: 'az-ombudsman',
    topics: ['families-of-martyrs-and-veterans'],
    cite: [
      rep(
        'Making changes to the legislation to include brothers and sisters of martyrs regardless of whether they live in orphanages will allow these individuals to enjoy the corresponding benefits and privileges.',
        'title',
        'ownerInstitution',
        'topics',
      ),
      inferred('The interview argues for the change; it says nothing of its progress. OPEN is the registry’s starting status.', 'status'),
    ],
  },
  {
    key: 'commitment-demining-sdg18',
    title: 'Include demining in the UN Agenda for 2030 as the 18th Sustainable Development Goal',
    status: OPEN,
    ownerInstitution: 'az-president',
    madeAtEvent: 'event-nam-contact-group-2023',
    topics: ['mine-action'],
    cite: [
      rep("the country's president proposed including demining in the UN Agenda for 2030 as the 18th Sustainable Development Goal (SDG)", 'title', 'ownerInstitution', 'madeAtEvent', 'topics'),
      inferred('The interview reports the proposal of March 2, 2023, not its fate; OPEN is the registry’s starting status.', 'status'),
    ],
  },
];

const MORE_THAN = 'MORE_THAN' as ClaimQualifier;
const EXACT = 'EXACT' as ClaimQualifier;

export const claims: (Cited & { record: string; measure: string; qualifier: ClaimQualifier; value: number; statement: string; asOf?: string })[] = [
  { key: 'claim-forum-participants', record: 'event-baku-forum-2024', measure: 'participants', qualifier: MORE_THAN, value: 200, statement: 'over 200 representatives', cite: [rep('bringing together over 200 representatives from more than 30 countries')] },
  { key: 'claim-forum-countries', record: 'event-baku-forum-2024', measure: 'countries represented', qualifier: MORE_THAN, value: 30, statement: 'from more than 30 countries', cite: [rep('bringing together over 200 representatives from more than 30 countries')] },
  { key: 'claim-mine-victims', record: 'topic-mine-action', measure: 'mine victims in Azerbaijan since 1991', qualifier: MORE_THAN, value: 3400, statement: 'more than 3,400 people have become victims of mines', cite: [rep('since 1991, more than 3,400 people have become victims of mines, including 359 children and 38 women')] },
  { key: 'claim-mine-victims-children', record: 'topic-mine-action', measure: 'child mine victims since 1991', qualifier: EXACT, value: 359, statement: 'including 359 children', cite: [rep('including 359 children and 38 women')] },
  { key: 'claim-mine-victims-women', record: 'topic-mine-action', measure: 'women mine victims since 1991', qualifier: EXACT, value: 38, statement: 'and 38 women', cite: [rep('including 359 children and 38 women')] },
  { key: 'claim-repatriates-met', record: 'event-repatriate-meetings', measure: 'repatriated citizens met', qualifier: EXACT, value: 74, statement: '74 citizens of Azerbaijan (57 children and 17 women)', cite: [rep('held meetings with 74 citizens of Azerbaijan (57 children and 17 women) repatriated from Syria')] },
  { key: 'claim-repatriates-children', record: 'event-repatriate-meetings', measure: 'repatriated children met', qualifier: EXACT, value: 57, statement: '57 children', cite: [rep('(57 children and 17 women)')] },
  { key: 'claim-repatriates-women', record: 'event-repatriate-meetings', measure: 'repatriated women met', qualifier: EXACT, value: 17, statement: '17 women', cite: [rep('(57 children and 17 women)')] },
  { key: 'claim-repatriates-2024', record: 'event-repatriate-meetings-2024', measure: 'repatriates met', qualifier: EXACT, value: 31, statement: 'Meetings were held with 31 repatriates', asOf: '2024', cite: [rep('This work continued in 2024. Meetings were held with 31 repatriates')] },
  { key: 'claim-law-changes', record: 'doc-ombudsman-law-amendments-2023', measure: 'changes to the Constitutional Law on the Ombudsman', qualifier: MORE_THAN, value: 30, statement: 'more than 30 significant changes', asOf: '2023', cite: [rep('In 2023, more than 30 significant changes were made')] },
  { key: 'claim-iphrc-missions', record: 'oic-iphrc', measure: 'assessment missions in Azerbaijan', qualifier: EXACT, value: 2, statement: 'twice', cite: [rep('representatives of the commission have conducted assessment missions in Azerbaijan twice')] },
  { key: 'claim-displaced', record: 'topic-forced-migration', measure: 'Azerbaijanis forcibly displaced', qualifier: 'AT_LEAST' as ClaimQualifier, value: 200000, statement: 'hundreds of thousands of Azerbaijanis were forcibly displaced', cite: [az('hundreds of thousands of Azerbaijanis were forcibly displaced from their native lands')] },
  { key: 'claim-hague-protocols', record: 'doc-hague-convention-1954', measure: 'protocols', qualifier: EXACT, value: 2, statement: 'its two protocols', cite: [rep('and its two protocols')] },
];

/** Citations of facts kept in topic descriptions (the topics themselves are the registry's categories). */
export const topicCitations: Cited[] = [
  {
    key: 'topic-mine-action',
    cite: [
      rep(
        'The enormous number of mines and unexploded ordnance planted by Armenian armed forces during the occupation period, during the Patriotic War, and after the liberation of territories, including mines manufactured in Armenia in 2021',
        'description',
      ),
      rep(
        'a large number of civilians deployed to the liberated areas to perform their official duties, including media representatives who have become victims of mine terrorism',
        'description',
      ),
    ],
  },
];
