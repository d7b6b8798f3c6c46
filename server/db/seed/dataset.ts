// The registry's starting institutions: every institution named in the two source articles in
// shared/seeds/ (Azernews, 14 May 2025; Report, interview with the Ombudsman of Azerbaijan), with
// only the names, acronyms, kinds and parents the articles state — or an INFERRED citation saying why.
import { InstitutionKind } from '../../records/institution/institution.kind.js';
import { az, type Cite, inferred, rep } from './cite.js';

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
  cite: Cite[];
};

const { OMBUDSMAN, INTERGOVERNMENTAL_ORGANIZATION: IGO, IGO_BODY, NETWORK, GOVERNMENT_BODY, MEDIA, OTHER } = InstitutionKind;

const FILED_UNDER_OMBUDSMAN = 'established under the Ombudsman’s directive; the registry files it under the Ombudsman’s institution.';

export const institutions: SeedInstitution[] = [
  {
    key: 'az-ombudsman',
    name: 'Commissioner for Human Rights (Ombudsman) of the Republic of Azerbaijan',
    aliases: ['Ombudsman of Azerbaijan', 'Azerbaijani Ombudsman Institution'],
    kind: OMBUDSMAN,
    country: 'AZ',
    description:
      'Operates in accordance with the Paris Principles. Changes made in 2023 to its Constitutional Law established an independent monitoring mechanism to promote the implementation of the Convention on the Rights of Persons with Disabilities and the Convention on the Rights of the Child.',
    cite: [
      az('Azerbaijan’s Commissioner for Human Rights (Ombudsman), Sabina Aliyeva', 'name', 'kind', 'country'),
      rep('the Constitutional Law of the Republic of Azerbaijan "On the Ombudsman of the Republic of Azerbaijan."', 'name'),
      rep('the Ombudsman of Azerbaijan cooperates with a number of international organizations', 'aliases'),
      az('Presenting an overview of the Azerbaijani Ombudsman Institution’s mandate and activities', 'aliases'),
      rep('The Ombudsman operates in accordance with the Paris Principles', 'description'),
      rep(
        'an independent monitoring mechanism was established to promote the implementation of the Convention on the Rights of Persons with Disabilities and the Convention on the Rights of the Child',
        'description',
      ),
    ],
  },
  {
    key: 'az-ombudsman-children',
    name: 'Children’s Rights Protection Sector',
    kind: OTHER,
    country: 'AZ',
    parent: 'az-ombudsman',
    description: 'Structural division of the Ombudsman’s Office for children’s rights, operating in coordination with the regional Ombudsman centres.',
    cite: [
      rep('the Ombudsman’s Institution has a dedicated Children’s Rights Protection Sector', 'name', 'parent', 'country'),
      rep('a new structural division was established within the Ombudsman’s Office—the Children’s Rights Protection Sector', 'description'),
      rep('This sector operates in coordination with regional Ombudsman centers', 'description'),
    ],
  },
  {
    key: 'az-ombudsman-crc-committee',
    name: 'Monitoring Committee on the Implementation of the Convention on the Rights of the Child',
    kind: OTHER,
    country: 'AZ',
    parent: 'az-ombudsman',
    description:
      'Established under the Ombudsman’s directive to support the Ombudsman’s role as an independent oversight mechanism ensuring compliance with the Convention on the Rights of the Child.',
    cite: [
      rep('a Monitoring Committee on the Implementation of the Convention on the Rights of the Child was established under the Ombudsman’s directive', 'name', 'description'),
      rep('The primary objective of this committee is to support the Ombudsman’s role as an independent oversight mechanism ensuring compliance with the Convention on the Rights of the Child', 'description'),
      inferred(`The interview says the committee was ${FILED_UNDER_OMBUDSMAN}`, 'parent', 'country'),
    ],
  },
  {
    key: 'az-ombudsman-martyr-families',
    name: 'Sector for the Protection of the Rights of Martyr Families, War Participants and Migrants',
    kind: OTHER,
    country: 'AZ',
    parent: 'az-ombudsman',
    description: 'A new sector established in 2025, expanding the scope of the sector’s work.',
    cite: [
      rep(
        'As part of the efforts to improve the Ombudsman’s work, in 2025, a new sector, the Protection of the Rights of Martyr Families, War Participants, and Migrants, was established, expanding the scope of the sector’s work.',
        'name',
        'parent',
        'country',
        'description',
      ),
    ],
  },
  {
    key: 'az-ombudsman-martyr-families-2021',
    name: 'Sector for Work with Families of Martyrs and War Veterans',
    kind: OTHER,
    country: 'AZ',
    parent: 'az-ombudsman',
    description:
      'Created in 2021 to comprehensively address the concerns of martyr families, individuals with disabilities resulting from the defense of the country’s territorial integrity, and war veterans.',
    cite: [
      rep('in 2021, the Ombudsman’s Office created the Sector for Work with Families of Martyrs and War Veterans', 'name', 'parent', 'country', 'description'),
      rep(
        'The main objective of this structural division is to comprehensively address the concerns of martyr families, individuals with disabilities resulting from the defense of the country’s territorial integrity, and war veterans',
        'description',
      ),
    ],
  },
  {
    key: 'az-ombudsman-equality',
    name: 'Sector for Ensuring the Right to Equality',
    kind: OTHER,
    country: 'AZ',
    parent: 'az-ombudsman',
    description: 'Promotes and ensures an inclusive society in the country.',
    cite: [
      rep('the Ombudsman Institute established the Sector for Ensuring the Right to Equality', 'name', 'parent', 'country'),
      rep('The main objective of this sector is to promote and ensure an inclusive society in the country.', 'description'),
    ],
  },
  {
    key: 'az-ombudsman-regional-centres',
    name: 'Regional Ombudsman centres',
    kind: OTHER,
    country: 'AZ',
    parent: 'az-ombudsman',
    description: 'The Children’s Rights Protection Sector works in coordination with them, so that children’s rights are protected in the regions as well as in the capital.',
    cite: [
      rep(
        "This sector operates in coordination with regional Ombudsman centers, ensuring the protection of children's rights not only in the capital but also in the regions.",
        'name',
        'description',
      ),
      inferred('The interview calls them “regional Ombudsman centers” without saying how they are organised; the registry files them under the Ombudsman’s institution.', 'parent', 'country'),
    ],
  },
  {
    key: 'az-ombudsman-monitoring-groups',
    name: 'Monitoring groups on the Conventions on the Rights of Persons with Disabilities and the Rights of the Child',
    kind: OTHER,
    country: 'AZ',
    parent: 'az-ombudsman',
    description:
      'Established based on the Ombudsman’s directive to independently monitor the implementation of the two Conventions, ensuring the right to equality and preventing discrimination; they have begun their work.',
    cite: [
      rep(
        'based on the Ombudsman’s directive, monitoring groups were established to independently monitor the implementation of the Conventions on the Rights of Persons with Disabilities and the Rights of the Child, ensuring the right to equality, and preventing discrimination',
        'name',
        'description',
      ),
      rep('These groups have already begun their work.', 'description'),
      inferred(`The interview says the groups were ${FILED_UNDER_OMBUDSMAN}`, 'parent', 'country'),
    ],
  },
  {
    key: 'az-national-preventive-group',
    name: 'National Preventive Group',
    kind: OTHER,
    description: 'Its members, with members of the Monitoring Committees, conduct unannounced inspections of state-run child institutions.',
    cite: [rep('members of the National Preventive Group and Monitoring Committees conduct unannounced inspections of state-run child institutions', 'name', 'description')],
  },
  {
    key: 'oic',
    name: 'Organization of Islamic Cooperation',
    acronym: 'OIC',
    kind: IGO,
    cite: [
      az('the Organization of Islamic Cooperation (OIC) Ombudsman Association', 'name', 'acronym'),
      inferred('Neither article says what kind of body the Organization of Islamic Cooperation is; the registry files it as an intergovernmental organisation.', 'kind'),
    ],
  },
  {
    key: 'oic-iphrc',
    name: 'Independent Permanent Human Rights Commission',
    kind: IGO_BODY,
    parent: 'oic',
    description: 'Its representatives have conducted assessment missions in Azerbaijan twice.',
    cite: [
      rep('the Independent Permanent Human Rights Commission of the Organization of Islamic Cooperation (OIC)', 'name', 'kind', 'parent'),
      rep('representatives of the commission have conducted assessment missions in Azerbaijan twice', 'description'),
    ],
  },
  {
    key: 'oic-cfm',
    name: 'OIC Council of Foreign Ministers',
    kind: IGO_BODY,
    parent: 'oic',
    cite: [rep('the 50th session of the OIC Council of Foreign Ministers', 'name', 'kind', 'parent')],
  },
  {
    key: 'oic-oa',
    name: 'OIC Ombudsman Association',
    aliases: ['Organization of Islamic Cooperation Ombudsman Association'],
    kind: NETWORK,
    cite: [
      az('the General Assembly of the Organization of Islamic Cooperation (OIC) Ombudsman Association, held in the Islamic Republic of Iran', 'name', 'aliases'),
      az('the increasing cooperation among member institutions of the association', 'kind'),
    ],
  },
  {
    key: 'enoc',
    name: 'European Network of Ombudspersons for Children',
    kind: NETWORK,
    cite: [rep('the European Network of Ombudspersons for Children', 'name', 'kind')],
  },
  {
    key: 'ennhri',
    name: 'European Network of National Human Rights Institutions',
    kind: NETWORK,
    cite: [rep('the European Network of National Human Rights Institutions', 'name', 'kind')],
  },
  {
    key: 'un',
    name: 'United Nations',
    acronym: 'UN',
    kind: IGO,
    cite: [
      rep('ties with the UN, Council of Europe, UNESCO, and other international organizations will be strengthened', 'acronym', 'kind'),
      inferred('The interview writes only “the UN”; the registry spells out the name.', 'name'),
    ],
  },
  {
    key: 'unesco',
    name: 'United Nations Educational, Scientific and Cultural Organization',
    acronym: 'UNESCO',
    kind: IGO,
    cite: [
      rep('ties with the UN, Council of Europe, UNESCO, and other international organizations', 'acronym', 'kind'),
      inferred('The interview writes only “UNESCO”; the registry spells out the name.', 'name'),
    ],
  },
  {
    key: 'coe',
    name: 'Council of Europe',
    kind: IGO,
    cite: [rep('ties with the UN, Council of Europe, UNESCO, and other international organizations', 'name', 'kind')],
  },
  {
    key: 'nam',
    name: 'Non-Aligned Movement',
    kind: IGO,
    cite: [
      rep("the Summit of the Non-Aligned Movement's Contact Group on Combating COVID-19 in Baku", 'name'),
      inferred('The interview names the Non-Aligned Movement without saying what it is; the registry files it as an intergovernmental organisation.', 'kind'),
    ],
  },
  {
    key: 'az-president',
    name: 'President of the Republic of Azerbaijan',
    kind: GOVERNMENT_BODY,
    country: 'AZ',
    cite: [
      rep("the country's president proposed including demining in the UN Agenda for 2030", 'name', 'country'),
      inferred('The interview speaks of “the country’s president”; the registry files the office as a government body.', 'kind'),
    ],
  },
  {
    key: 'az-cabinet',
    name: 'Cabinet of Ministers of the Republic of Azerbaijan',
    kind: GOVERNMENT_BODY,
    country: 'AZ',
    cite: [
      rep('appeals have been sent to the Cabinet of Ministers and other authorized state bodies', 'name', 'kind'),
      inferred('The interview speaks of “the Cabinet of Ministers” of the Ombudsman’s own country; it does not write “of the Republic of Azerbaijan”.', 'country'),
    ],
  },
  {
    key: 'azernews',
    name: 'Azernews',
    kind: MEDIA,
    cite: [az('Azernews reports', 'name'), inferred('The article only says “Azernews reports”; the registry files Azernews as media.', 'kind')],
  },
  {
    key: 'report',
    name: 'Report',
    kind: MEDIA,
    cite: [rep('spoke in an interview with Report', 'name'), inferred('The interview was given to “Report”; the registry files it as media.', 'kind')],
  },
];
