import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to the embedded database under ./data on 127.0.0.1:4000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, host: '127.0.0.1', databaseUrl: undefined, migrateOnStart: true, seedOnStart: 'auto' });
    expect(config.dataDir).toMatch(/\/data$/);
    expect(config.db).toEqual({ poolMax: 10, statementTimeoutMs: 10_000, connectTimeoutMs: 5_000 });
  });

  it('reads PostgreSQL settings', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u@h:5432/d', PORT: '8080', DB_POOL_MAX: '20', MIGRATE_ON_START: 'false' });
    expect(config).toMatchObject({ databaseUrl: 'postgres://u@h:5432/d', port: 8080, migrateOnStart: false, db: { poolMax: 20 } });
  });

  it('reads replica URLs, which need a primary', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/d', DATABASE_REPLICA_URLS: 'postgres://u@r1/d, postgres://u@r2/d' }).databaseReplicaUrls).toEqual([
      'postgres://u@r1/d',
      'postgres://u@r2/d',
    ]);
    expect(loadConfig({}).databaseReplicaUrls).toEqual([]);
    expect(() => loadConfig({ DATABASE_REPLICA_URLS: 'postgres://u@r1/d' })).toThrow(/DATABASE_REPLICA_URLS: needs DATABASE_URL/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://u@h/d', DATABASE_REPLICA_URLS: 'http://r1' })).toThrow(/DATABASE_REPLICA_URLS/);
  });

  it('lists every problem at once', () => {
    try {
      loadConfig({ PORT: '70000', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'chatty' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      const { problems } = error as ConfigError;
      expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['DATABASE_URL', 'LOG_LEVEL', 'PORT']);
    }
  });

  it('keeps the embedded database in memory for DATA_DIR=:memory:', () => {
    expect(loadConfig({ DATA_DIR: ':memory:' }).dataDir).toBeNull();
  });

  it('offers GraphiQL (WEB_GRAPHIQL) outside production unless turned off, and in production only when turned on', () => {
    expect(loadConfig({}).webGraphiql).toBe(true);
    expect(loadConfig({ WEB_GRAPHIQL: 'false' }).webGraphiql).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production' }).webGraphiql).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', WEB_GRAPHIQL: 'true' }).webGraphiql).toBe(true);
    expect(() => loadConfig({ WEB_GRAPHIQL: 'maybe' })).toThrow(ConfigError);
  });
});
