/*
 * The named CSV exports: each is a GraphQL query whose selection is the CSV's columns (related
 * records by name or title, never by ID; the record's own global ID last). Variables are the
 * query's own: `filter` for the lists, the timeline's arguments for `timeline`, `groupBy`,
 * `types` and `filter` for `stats`.
 */

const TOPICS = 'topics { name }';

export const NAMED_EXPORTS: Record<string, string> = {
  timeline: `query ExportTimeline($institutionIds: [ID!], $bodiesOf: ID, $sharedWith: ID, $filter: TimelineFilter, $order: SortDirection) {
    timeline(institutionIds: $institutionIds, bodiesOf: $bodiesOf, sharedWith: $sharedWith, filter: $filter, order: $order) {
      edges { node { date endDate kind title status country institutions { name } sources { title } id: record { id } } }
    }
  }`,
  institutions: `query ExportInstitutions($filter: InstitutionFilter) {
    institutions(filter: $filter) { nodes { name acronym kind status country parent { name } website aliases description id } }
  }`,
  people: `query ExportPeople($filter: PersonFilter) {
    people(filter: $filter) { nodes { name honorific country aliases description id } }
  }`,
  relations: `query ExportRelations($filter: RelationFilter) {
    relations(filter: $filter) {
      nodes { kind subject { ... on Institution { name } ... on Person { name } } object { name } role startDate endDate status description id }
    }
  }`,
  events: `query ExportEvents($filter: EventFilter) {
    events(filter: $filter) {
      nodes {
        title kind status startDate endDate city country venue parent { title } series { name } edition
        organisers { name } hosts { name } participants: participations { institution { name } } ${TOPICS} id
      }
    }
  }`,
  visits: `query ExportVisits($filter: VisitFilter) {
    visits(filter: $filter) {
      nodes {
        title direction purpose status startDate endDate place country delegationOf { name } host { name }
        members { institution { name } } people: members { person { name } } outcome { title } ${TOPICS} id
      }
    }
  }`,
  documents: `query ExportDocuments($filter: DocumentFilter) {
    documents(filter: $filter) {
      nodes { title kind date adoptedAt { title } issuers { name } parties { institution { name } } url summary ${TOPICS} id }
    }
  }`,
  agreements: `query ExportAgreements($filter: AgreementFilter) {
    agreements(filter: $filter) {
      nodes {
        title kind status effectiveFrom expiresOn reviewDue autoRenews noticePeriodDays
        parties { institution { name } } renews { title } summary ${TOPICS} id
      }
    }
  }`,
  commitments: `query ExportCommitments($filter: CommitmentFilter) {
    commitments(filter: $filter) {
      nodes {
        title status dueDate owner { ... on Institution { name } ... on Person { name } }
        madeAtEvent { title } madeInAgreement { title } madeInDocument { title } evidence ${TOPICS} id
      }
    }
  }`,
};

/** Each dimension of `stats` as the CSV columns it adds. */
const STATS_COLUMNS: Record<string, string> = {
  TYPE: 'type',
  YEAR: 'year',
  COUNTRY: 'country',
  KIND: 'kind',
  STATUS: 'status',
  TOPIC: 'topic { name }',
  INSTITUTION_KIND: 'institutionKind',
  INSTITUTION: 'institution { name }',
};

/** A named export's variables that cannot work: the message names the variable and the reason. */
export class ExportInputError extends Error {}

/**
 * `stats` as CSV: one column per grouped dimension, then the count. `groupBy` is required; one
 * dimension given as a string is taken as a list of one (and written back into `variables`, so
 * the columns and the query agree).
 */
export function statsExport(variables: Record<string, unknown>): string {
  const given = variables.groupBy;
  const dimensions = Object.keys(STATS_COLUMNS).join(', ');
  if (given === undefined || given === null) throw new ExportInputError(`variables.groupBy: required, a list of ${dimensions}`);
  const list = typeof given === 'string' ? [given] : given;
  if (!Array.isArray(list) || list.length === 0) throw new ExportInputError(`variables.groupBy: must be a non-empty list of ${dimensions}`);
  const unknown = list.find((d) => typeof d !== 'string' || !(d in STATS_COLUMNS));
  if (unknown !== undefined) throw new ExportInputError(`variables.groupBy: unknown dimension ${JSON.stringify(unknown)}; use ${dimensions}`);
  variables.groupBy = list;
  const columns = [...new Set(list as string[])].map((d) => STATS_COLUMNS[d]).join(' ');
  return `query ExportStats($groupBy: [StatsDimension!]!, $types: [StatsRecordType!], $filter: StatsFilter) {
    stats(groupBy: $groupBy, types: $types, filter: $filter) { groups { ${columns} count } }
  }`;
}

export const EXPORT_NAMES = [...Object.keys(NAMED_EXPORTS), 'stats'];

/** The query text of a named export (null for an unknown name). */
export function namedExport(name: string, variables: Record<string, unknown>): string | null {
  if (name === 'stats') return statsExport(variables);
  return NAMED_EXPORTS[name] ?? null;
}
