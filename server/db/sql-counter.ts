import { DefaultLogger, type LogContext, type LoggerOptions } from '@mikro-orm/core';

/**
 * Counts every SQL statement the ORM sends (including raw ones), in total and per request
 * (requests tag their EntityManager fork with `loggerContext.requestId`). Tests use it to prove
 * DataLoader batching; the server can report the per-request figure to benchmarks.
 */
export class SqlCounter {
  total = 0;
  private readonly perRequest = new Map<string, number>();
  private readonly taps = new Set<(sql: string) => void>();

  record(context: LogContext): void {
    // Connection.logQuery fires once per executed statement (failed ones too).
    this.total++;
    if (this.taps.size > 0) {
      // `formatted` is the statement as sent (values inlined); raw read statements pass their text.
      const sql = String((context as { formatted?: unknown }).formatted ?? context.query ?? '');
      for (const tap of this.taps) tap(sql);
    }
    const requestId = context.requestId as string | undefined;
    if (requestId !== undefined && this.perRequest.has(requestId)) {
      this.perRequest.set(requestId, (this.perRequest.get(requestId) ?? 0) + 1);
    }
  }

  /** Calls `fn` with the text of every statement until the returned function is called (tests EXPLAIN them). */
  tap(fn: (sql: string) => void): () => void {
    this.taps.add(fn);
    return () => this.taps.delete(fn);
  }

  /** Starts attributing statements to a request; call `end` to read and forget the figure. */
  begin(requestId: string): void {
    this.perRequest.set(requestId, 0);
  }

  end(requestId: string): number {
    const n = this.perRequest.get(requestId) ?? 0;
    this.perRequest.delete(requestId);
    return n;
  }
}

/** MikroORM's logger, plus statement counting. */
export class CountingLogger extends DefaultLogger {
  constructor(
    options: LoggerOptions,
    private readonly counter: SqlCounter,
  ) {
    super(options);
  }

  override logQuery(context: { query: string } & LogContext): void {
    if (context.namespace === undefined || context.namespace === 'query') this.counter.record(context);
    super.logQuery(context);
  }
}
