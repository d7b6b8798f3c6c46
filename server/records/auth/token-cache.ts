import type { Viewer } from '../../kernel/role.js';

/**
 * Remembers, per server process, which tokens were valid a moment ago, so that a client sending
 * many requests costs one token lookup per `ttlMs` instead of one per request. Revocation, a
 * disabled user or a changed role therefore take effect within `ttlMs` in every process (each
 * process re-reads the database when its entry ages out); in the process that made the change
 * they take effect at once (`forgetCachedTokens`). Expiry stays exact: the entry carries the
 * token's expiry time. Only accepted tokens are kept, at most MAX_ENTRIES of them.
 */
type Entry = { viewer: Viewer; expiresAt: number | null; checkedAt: number };

const MAX_ENTRIES = 10_000;
const entries = new Map<string, Entry>();

export function cachedViewer(tokenHash: string, ttlMs: number, now = Date.now()): Viewer | null {
  const entry = entries.get(tokenHash);
  if (!entry) return null;
  if (now - entry.checkedAt >= ttlMs || (entry.expiresAt !== null && entry.expiresAt <= now)) {
    entries.delete(tokenHash);
    return null;
  }
  return entry.viewer;
}

export function cacheViewer(tokenHash: string, viewer: Viewer, expiresAt: Date | null, ttlMs: number, now = Date.now()): void {
  if (ttlMs <= 0) return;
  if (entries.size >= MAX_ENTRIES) {
    // Maps iterate in insertion order: drop the oldest entry.
    const oldest = entries.keys().next().value;
    if (oldest !== undefined) entries.delete(oldest);
  }
  entries.set(tokenHash, { viewer, expiresAt: expiresAt?.getTime() ?? null, checkedAt: now });
}

/** After a token is revoked or a user changed in this process: every token is checked again. */
export function forgetCachedTokens(): void {
  entries.clear();
}
