import type { CooperationFilter, CooperationKind, InstitutionKind } from '../../gql/graphql';
import { COOPERATION_KINDS, INSTITUTION_KINDS } from './network-query';

/** What the network page shows, as kept in its URL: /network?center=<ID>&hops=2&kinds=EVENT,VISIT&from=2023 … */
export type NetworkParams = {
  center: string | null;
  hops: 1 | 2 | 3;
  kinds: CooperationKind[];
  institutionKinds: InstitutionKind[];
  from: string;
  to: string;
  minWeight: number | null;
};

const PARTIAL_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function listOf<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  if (!value) return [];
  return value.split(',').filter((v): v is T => (allowed as readonly string[]).includes(v));
}

export function readNetworkParams(search: URLSearchParams): NetworkParams {
  const hops = Number(search.get('hops'));
  const minWeight = Number(search.get('minWeight'));
  const from = search.get('from') ?? '';
  const to = search.get('to') ?? '';
  return {
    center: search.get('center'),
    hops: hops === 1 || hops === 3 ? hops : 2,
    kinds: listOf(search.get('kinds'), COOPERATION_KINDS),
    institutionKinds: listOf(search.get('institutionKinds'), INSTITUTION_KINDS),
    from: PARTIAL_DATE.test(from) ? from : '',
    to: PARTIAL_DATE.test(to) ? to : '',
    minWeight: Number.isFinite(minWeight) && minWeight > 0 ? minWeight : null,
  };
}

/** The query string of a network view (defaults left out, so shared URLs stay short). */
export function networkSearch(params: NetworkParams): string {
  const search = new URLSearchParams();
  if (params.center) search.set('center', params.center);
  if (params.hops !== 2) search.set('hops', String(params.hops));
  if (params.kinds.length) search.set('kinds', params.kinds.join(','));
  if (params.institutionKinds.length) search.set('institutionKinds', params.institutionKinds.join(','));
  if (params.from) search.set('from', params.from);
  if (params.to) search.set('to', params.to);
  if (params.minWeight) search.set('minWeight', String(params.minWeight));
  return `?${search.toString()}`;
}

/** The API filter for these parameters (undefined when nothing narrows the network). */
export function cooperationFilter(params: NetworkParams): CooperationFilter | undefined {
  const filter: CooperationFilter = {};
  if (params.kinds.length) filter.kinds = params.kinds;
  if (params.institutionKinds.length) filter.institutionKinds = params.institutionKinds;
  if (params.from) filter.from = params.from;
  if (params.to) filter.to = params.to;
  if (params.minWeight) filter.minWeight = params.minWeight;
  return Object.keys(filter).length ? filter : undefined;
}
