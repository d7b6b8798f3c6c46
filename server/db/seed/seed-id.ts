import { createHash } from 'node:crypto';

/** Namespace of Accord's seed records (a fixed random UUID). */
const NAMESPACE = Buffer.from('6f1d3c52a8e44b0e9a7c2d4f1e0b9a33', 'hex');

/**
 * RFC 4122 version-5 UUID of a seed key: the same key always gives the same record ID, which
 * makes seeding idempotent (a record whose ID exists is left alone).
 */
export function seedId(key: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(key, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}
