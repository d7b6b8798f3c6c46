import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, type FieldNode, GraphQLError, Kind, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { ErrorCode } from '../kernel/errors.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createRequestContext, type RequestContext } from './context.js';

/** Thrown when the server has no capacity for a request now; the client retries after `retryAfterSeconds`. */
export class ServerBusyError extends GraphQLError {
  constructor(
    message: string,
    readonly retryAfterSeconds = 1,
  ) {
    super(message, {
      extensions: { code: ErrorCode.SERVER_BUSY, http: { status: 503, headers: new Map([['retry-after', String(retryAfterSeconds)]]) } },
    });
  }
}

/*
 * The heavy lane: expensive operations (aggregates, graph traversal, whole-registry timelines,
 * CSV exports) run at most `concurrency` at a time, so that however many of them arrive, light
 * queries keep the rest of the database pool. Callers wait in a bounded queue; when it is full, or
 * the wait passes `queueTimeoutMs`, the request is refused with SERVER_BUSY (HTTP 503, Retry-After).
 */

export type LaneOptions = { concurrency: number; queueMax: number; queueTimeoutMs: number };

type Waiter = { grant: () => void; timer?: NodeJS.Timeout };

export class HeavyLane {
  running = 0;
  private readonly queue: Waiter[] = [];
  /** Refusals since start (metrics). */
  refused = 0;

  constructor(readonly options: LaneOptions) {}

  get waiting(): number {
    return this.queue.length;
  }

  /** Resolves with a release function once a slot is free; throws ServerBusyError when it cannot wait. */
  async acquire(): Promise<() => void> {
    if (this.running < this.options.concurrency) {
      this.running++;
      return this.releaser();
    }
    if (this.queue.length >= this.options.queueMax) {
      this.refused++;
      throw new ServerBusyError('The server is busy with expensive requests; retry shortly.', 2);
    }
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        grant: () => {
          clearTimeout(waiter.timer);
          this.running++;
          resolve(this.releaser());
        },
      };
      waiter.timer = setTimeout(() => {
        const at = this.queue.indexOf(waiter);
        if (at >= 0) this.queue.splice(at, 1);
        this.refused++;
        reject(new ServerBusyError('The server is busy with expensive requests; retry shortly.', 2));
      }, this.options.queueTimeoutMs);
      this.queue.push(waiter);
    });
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running--;
      this.queue.shift()?.grant();
    };
  }
}

/** Root query fields that are expensive whatever their arguments. */
const HEAVY_FIELDS = new Set(['stats', 'neighbourhood', 'connectionPath', 'cooperationMetrics', 'topPartners']);
/** A timeline without a focus is the whole registry's. */
const FOCUS_ARGUMENTS = ['institutionIds', 'bodiesOf', 'sharedWith'];

function rootFields(document: DocumentNode, operation: OperationDefinitionNode): FieldNode[] {
  const fragments = new Map(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const out: FieldNode[] = [];
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) out.push(s);
      else if (s.kind === Kind.INLINE_FRAGMENT) visit(s.selectionSet);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        const fragment = fragments.get(s.name.value);
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  visit(operation.selectionSet);
  return out;
}

/** Whether an operation belongs in the heavy lane. */
export function isHeavyOperation(document: DocumentNode, operation: OperationDefinitionNode): boolean {
  if (operation.operation !== 'query') return false;
  return rootFields(document, operation).some(
    (f) =>
      HEAVY_FIELDS.has(f.name.value) ||
      (f.name.value === 'timeline' && !(f.arguments ?? []).some((a) => FOCUS_ARGUMENTS.includes(a.name.value) && a.value.kind !== Kind.NULL)),
  );
}

/**
 * Puts heavy operations in the lane: a slot is taken once the operation is known and given back
 * when the response is sent, and the operation runs on the heavy lane's own connection pool (its
 * context gets an EntityManager of `heavyRoot`), so that ten aliased aggregates in one request
 * cannot take the connections light queries need. A request already holding a slot (a CSV export,
 * page after page, already on the heavy pool) does not take another.
 */
export function heavyLanePlugin(lane: HeavyLane, heavyRoot: EntityManager): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      let release: (() => void) | undefined;
      return {
        async didResolveOperation({ document, operation, contextValue }) {
          if (!operation || contextValue.heavySlot || !isHeavyOperation(document, operation)) return;
          release = await lane.acquire();
          const heavy = createRequestContext(heavyRoot, contextValue.requestId, contextValue.log, contextValue.viewer);
          contextValue.em = heavy.em;
          contextValue.records = heavy.records;
        },
        async willSendResponse() {
          release?.();
        },
      };
    },
  };
}
