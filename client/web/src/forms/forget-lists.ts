import type { ApolloClient } from '@apollo/client';

/**
 * After a write that changes lists and derived views (partners as of a day, timelines, an
 * institution's agreements), drop the cached answers of every root query, without notifying the
 * page on screen: the next page (or refetch) asks the API again instead of showing stale lists.
 */
export function forgetLists(client: ApolloClient): void {
  client.cache.evict({ id: 'ROOT_QUERY', broadcast: false });
}
