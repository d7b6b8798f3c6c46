// One URL per record kind: every name in the app links through here.
const PATHS: Record<string, string> = {
  Institution: 'institutions',
  Agreement: 'agreements',
  Event: 'events',
  EventSeries: 'series',
  Visit: 'visits',
  Document: 'documents',
  Person: 'people',
  Topic: 'topics',
  Source: 'sources',
  Commitment: 'commitments',
};

/** The page of a record by its GraphQL type name and global ID; null for kinds without a page. */
export function recordPath(typename: string | undefined, id: string): string | null {
  const segment = typename ? PATHS[typename] : undefined;
  return segment ? `/${segment}/${encodeURIComponent(id)}` : null;
}

export const networkPath = (centerId: string) => `/network?center=${encodeURIComponent(centerId)}`;
export const connectionPathPath = (fromId: string, toId?: string) =>
  `/path?from=${encodeURIComponent(fromId)}${toId ? `&to=${encodeURIComponent(toId)}` : ''}`;
