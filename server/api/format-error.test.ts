import { GraphQLError } from 'graphql';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createErrorFormatter } from './format-error.js';

const format = createErrorFormatter(pino({ level: 'silent' }));
const asResolverError = (original: Error) =>
  new GraphQLError(original.message, { originalError: original, path: ['institutions'] });

describe('error formatting at the edge', () => {
  it('hides unexpected errors behind INTERNAL_SERVER_ERROR with no message or stack of ours', () => {
    const secret = new Error('relation "institution" does not exist at /srv/accord/server/x.ts:1');
    const out = format({ message: secret.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['a'] } }, asResolverError(secret));
    expect(out).toEqual({ message: 'Internal server error', path: undefined, locations: undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  });

  it('passes client errors through without a stack trace', () => {
    const out = format({ message: 'bad', extensions: { code: 'NOT_FOUND', stacktrace: ['x'] } }, new GraphQLError('bad'));
    expect(out).toEqual({ message: 'bad', extensions: { code: 'NOT_FOUND' } });
  });

  it('reports uncoded 4xx refusals from Apollo (e.g. a persisted-query hash mismatch) as BAD_REQUEST', () => {
    const mismatch = new GraphQLError('provided sha does not match query', { extensions: { http: { status: 400, headers: new Map() } } });
    const out = format({ message: mismatch.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, mismatch);
    expect(out).toEqual({ message: 'provided sha does not match query', extensions: { code: 'BAD_REQUEST' } });
  });

  it('maps connection failures to DATABASE_UNAVAILABLE', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const out = format({ message: refused.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, asResolverError(refused));
    expect(out.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(out.message).not.toContain('5432');
  });
});
