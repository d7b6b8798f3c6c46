import type { RequestContext } from '../../api/context.js';
import { seesConfidential } from '../../api/visibility.js';
import type { AuditEntry } from './audit-entry.entity.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every UUID-shaped string in a JSON value (audit changes store references as keys). */
function uuidsIn(value: unknown, out: Set<string>): void {
  if (typeof value === 'string') {
    if (UUID.test(value)) out.add(value.toLowerCase());
  } else if (Array.isArray(value)) {
    for (const item of value) uuidsIn(item, out);
  } else if (value && typeof value === 'object') {
    for (const item of Object.values(value)) uuidsIn(item, out);
  }
}

function redact(value: unknown, hidden: Set<string>): unknown {
  if (typeof value === 'string') return hidden.has(value.toLowerCase()) ? null : value;
  if (Array.isArray(value)) return value.map((item) => redact(item, hidden));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redact(v, hidden)]));
  return value;
}

/**
 * The history of a record as the caller may see it. A viewer's copy has every reference to an
 * internal record (a commitment made in a draft agreement, an event under a confidential one)
 * replaced by null, so no ID of an internal record reaches a viewer through a public record's
 * history. One batched statement per request for all the entries shown.
 */
export async function visibleHistory(ctx: RequestContext, entries: AuditEntry[]): Promise<AuditEntry[]> {
  if (seesConfidential(ctx) || entries.length === 0) return entries;
  const ids = new Set<string>();
  for (const entry of entries) uuidsIn(entry.changes, ids);
  if (ids.size === 0) return entries;
  const flags = await ctx.records.hiddenIds().loadMany([...ids]);
  const hidden = new Set([...ids].filter((_, i) => flags[i] === true));
  if (hidden.size === 0) return entries;
  // Copies: the loaded entities stay as they are in the EntityManager.
  return entries.map((entry) =>
    Object.assign(Object.create(Object.getPrototypeOf(entry)), entry, { changes: redact(entry.changes, hidden) }) as AuditEntry,
  );
}
