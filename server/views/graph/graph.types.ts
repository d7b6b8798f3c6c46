import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { toGlobalId } from '../../kernel/global-id.js';
import { Node } from '../../kernel/record.entity.js';
import { InstitutionKind } from '../../records/institution/institution.kind.js';
import { PartialDateScalar } from '../../kernel/partial-date.js';

/** The kinds of records an edge between two institutions is derived from. */
export enum CooperationKind {
  RELATION = 'RELATION',
  AGREEMENT = 'AGREEMENT',
  EVENT = 'EVENT',
  VISIT = 'VISIT',
  DOCUMENT = 'DOCUMENT',
}
registerEnumType(CooperationKind, {
  name: 'CooperationKind',
  description: 'What kind of record connects two institutions in the cooperation network.',
  valuesConfig: {
    RELATION: { description: 'A relation between the two (member of, partner of, body of …). Weight 2.' },
    AGREEMENT: { description: 'Both are parties to the same agreement. Weight 3.' },
    EVENT: { description: 'Both took part in the same event (not cancelled; declined and no-show participations do not count). Weight 1.' },
    VISIT: { description: 'Both were part of the same visit: the delegation, its host, or an institution in the delegation (not cancelled). Weight 2.' },
    DOCUMENT: { description: 'Both issued, co-issued, adopted, approved or endorsed the same document. Weight 1.5.' },
  },
});

export enum PathStatus {
  FOUND = 'FOUND',
  NO_PATH = 'NO_PATH',
  SEARCH_LIMIT_REACHED = 'SEARCH_LIMIT_REACHED',
}
registerEnumType(PathStatus, {
  name: 'PathStatus',
  description: 'The outcome of a connection-path search.',
  valuesConfig: {
    FOUND: { description: 'At least one shortest path within maxHops was found.' },
    NO_PATH: { description: 'A definite answer: no path of at most maxHops exists (with the filter applied).' },
    SEARCH_LIMIT_REACHED: {
      description: 'The search stopped at a size or time cap before it could decide; a path may exist. Narrow the filter or lower maxHops.',
    },
  },
});

@InputType({ description: 'Which records count as cooperation, and which institutions the network may pass through.' })
export class CooperationFilter {
  @Field(() => [CooperationKind], { nullable: true, description: 'Only these kinds of records (default: all).' })
  kinds?: CooperationKind[] | null;

  @Field(() => PartialDateScalar, {
    nullable: true,
    description: 'Only records whose dates reach this date or later (partial dates compare by the days they cover; undated records are left out).',
  })
  from?: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Only records whose dates start on or before this date (undated records are left out).' })
  to?: string | null;

  @Field(() => [InstitutionKind], {
    nullable: true,
    description: 'Only reach institutions of these kinds (the starting institution and the path target always count).',
  })
  institutionKinds?: InstitutionKind[] | null;

  @Field(() => [String], { nullable: true, description: 'Only reach institutions in these countries (ISO 3166-1 alpha-2).' })
  countries?: string[] | null;

  @Field(() => Float, { nullable: true, description: 'Ignore edges lighter than this weight.' })
  minWeight?: number | null;
}

@ObjectType('CooperationKindCount', { description: 'How many records of one kind lie behind an edge.' })
export class CooperationKindCount {
  @Field(() => CooperationKind, { description: 'The kind of cooperation record.' }) kind!: CooperationKind;
  @Field(() => Int, { description: 'Number of records of this kind behind the edge.' }) count!: number;
}

/**
 * An undirected edge between two institutions, aggregated from every record that connects them.
 * `sourceKey`/`targetKey` are database keys; the resolver turns them into institutions.
 */
@ObjectType('CooperationEdge', {
  description:
    'Cooperation between two institutions: why (the records behind it), when (first and last interaction) and how intensely (weight = sum of the weights of the records, see CooperationKind).',
})
export class CooperationEdge {
  sourceKey!: string;
  targetKey!: string;
  /** Key of the filter the edge was computed with (its records are read with the same one). */
  filterKey!: string;

  // Plain IDs next to `source`/`target`: a client drawing a large network links edges to `nodes`
  // by ID without resolving two institutions per edge.
  @Field(() => ID, { name: 'sourceId', description: 'Global ID of `source`.' })
  get sourceGlobalId(): string {
    return toGlobalId('Institution', this.sourceKey);
  }

  @Field(() => ID, { name: 'targetId', description: 'Global ID of `target`.' })
  get targetGlobalId(): string {
    return toGlobalId('Institution', this.targetKey);
  }

  @Field(() => Float, { description: 'Cooperation intensity: the sum of the weights of the records behind the edge.' })
  weight!: number;

  @Field(() => Int, { description: 'Number of distinct records behind the edge.' })
  interactions!: number;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Date of the earliest dated record (as precise as it is known).' })
  firstInteraction!: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'Date of the latest dated record (its end date, if it has one).' })
  lastInteraction!: string | null;

  @Field(() => [CooperationKindCount], { description: 'Records behind the edge per kind (kinds with none are left out).' })
  byKind!: CooperationKindCount[];
}

@ObjectType('CooperationRecord', { description: 'One record behind an edge: the reason two institutions are connected.' })
export class CooperationRecord {
  recordId!: string;

  @Field(() => CooperationKind, { description: 'What kind of record links the two institutions (agreement, event, visit …).' }) kind!: CooperationKind;

  @Field(() => Node, { description: 'The Relation, Agreement, Event, Visit or Document.' })
  record!: object;

  @Field(() => String, { description: 'Title of the record (for a relation: its kind and role).' })
  summary!: string;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it started (or happened).' })
  date!: string | null;

  @Field(() => PartialDateScalar, { nullable: true, description: 'When it ended, for records with a span.' })
  endDate!: string | null;

  @Field(() => Float, { description: 'What it adds to the edge weight: its kind’s weight times its status’s factor (see `weightBasis`).' })
  weight!: number;

  @Field(() => String, { nullable: true, description: 'Status of the agreement, event or visit (null for relations and documents).' })
  status!: string | null;

  @Field(() => String, {
    description:
      'How `weight` was reached: the kind’s weight, times the status factor for agreements (IN_FORCE 1, SIGNED 0.8, EXPIRED/SUPERSEDED 0.6, SUSPENDED 0.5, TERMINATED 0.4, NEGOTIATION 0.3, DRAFT 0.2) and for events and visits (HELD 1, CONFIRMED 0.6, PLANNED 0.4, POSTPONED 0.3), e.g. "3 (agreement) × 0.2 (DRAFT)".',
  })
  weightBasis!: string;
}

@ObjectType('NetworkNode', { description: 'An institution in a neighbourhood, with its distance from the centre.' })
export class NetworkNode {
  institutionKey!: string;

  @Field(() => ID, { name: 'institutionId', description: 'Global ID of `institution` (what `sourceId`/`targetId` of the edges refer to).' })
  get institutionGlobalId(): string {
    return toGlobalId('Institution', this.institutionKey);
  }

  @Field(() => Int, { description: 'Hops from the centre (0 for the centre itself).' })
  distance!: number;

  @Field(() => Float, { description: 'Sum of the weights of its edges within this neighbourhood.' })
  weight!: number;

  @Field(() => Int, { description: 'Number of its edges within this neighbourhood.' })
  degree!: number;
}

@ObjectType('Neighbourhood', { description: 'The cooperation network around an institution: nodes and edges, ready to draw.' })
export class Neighbourhood {
  centreId!: string;

  @Field(() => Int, { description: 'How many hops from the centre were followed.' }) hops!: number;

  @Field(() => [NetworkNode], { description: 'The centre first, then by distance and weight.' })
  nodes!: NetworkNode[];

  @Field(() => [CooperationEdge], { description: 'Every edge between two of the nodes, heaviest first.' })
  edges!: CooperationEdge[];

  @Field(() => Boolean, {
    description:
      'True when the node limit or the edge cap was reached, so institutions or edges may have been left out (the lightest ones at the farthest distance go first).',
  })
  truncated!: boolean;
}

@ObjectType('CooperationPath', { description: 'One shortest path, each hop explained by the records behind it.' })
export class CooperationPath {
  institutionIds!: string[];

  @Field(() => Int, { description: 'Number of edges on the path (1 = direct partners).' }) hops!: number;

  @Field(() => Float, { description: 'Sum of the weights of its hops (paths are listed strongest first).' })
  weight!: number;

  @Field(() => [CooperationEdge], { description: 'The hops in order: the source of each is the previous institution on the path.' })
  steps!: CooperationEdge[];
}

@ObjectType('ConnectionPathResult', { description: 'How two institutions are connected, or a definite "not within maxHops".' })
export class ConnectionPathResult {
  fromId!: string;
  toId!: string;

  @Field(() => PathStatus, { description: 'Whether paths were found, none exist within maxHops, or the search hit its limits.' }) status!: PathStatus;

  @Field(() => String, { description: 'The outcome in words.' })
  message!: string;

  @Field(() => Int, { nullable: true, description: 'Length of the shortest path(s); null when none was found.' })
  hops!: number | null;

  @Field(() => Int, { description: 'Institutions the search visited.' })
  explored!: number;

  @Field(() => [CooperationPath], { description: 'Shortest paths, strongest first (at most maxPaths).' })
  paths!: CooperationPath[];
}

@ObjectType('CooperationYear', { description: 'Cooperation of an institution in one calendar year.' })
export class CooperationYear {
  @Field(() => Int, { description: 'The calendar year.' }) year!: number;
  @Field(() => Int, { description: 'Records starting that year.' }) interactions!: number;
  @Field(() => Float, { description: 'Sum of their weights over every partner (cooperation intensity).' }) weight!: number;
  @Field(() => Int, { description: 'Distinct partner institutions.' }) partners!: number;
}

@ObjectType('CooperationMetrics', {
  description:
    'Network metrics of one institution: degree, weighted degree, ego betweenness and clustering, and cooperation intensity per year.',
})
export class CooperationMetrics {
  /** The lazily computed figures (server/views/graph/graph.service.ts MetricsState). */
  state!: {
    institutionId: string;
    incident(): Promise<CooperationEdge[]>;
    ego(): Promise<{ betweenness: number; normalized: number; clustering: number; size: number; complete: boolean }>;
    years(): Promise<{ year: number | null; interactions: number; weight: number; partners: number }[]>;
  };
}
