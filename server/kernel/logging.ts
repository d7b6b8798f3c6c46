import pino, { type Logger, type LoggerOptions } from 'pino';

/*
 * Secrets never reach the logs. API tokens travel in the Authorization header and, for calendar
 * apps that cannot send headers, in `?token=`; both are censored in every log line: header paths
 * by pino's redaction, URLs by the request serializer and by redactUrl wherever a URL is logged.
 */

export const REDACTED = '[REDACTED]';

/** Query parameters that carry a secret (any case). */
const SECRET_PARAMS = /([?&](?:token|access_token|api_key)=)[^&#\s"]*/gi;

/** The URL with the values of secret query parameters replaced by [REDACTED]. */
export function redactUrl(url: string): string {
  return url.replace(SECRET_PARAMS, `$1${REDACTED}`);
}

/** Header and field paths censored in every log object. */
export const REDACT_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'headers.authorization',
  'headers.cookie',
  'request.headers.authorization',
  'authorization',
  'token',
  '*.token',
];

type RawRequest = { method?: string; url?: string; host?: string; ip?: string; headers?: Record<string, unknown>; socket?: { remotePort?: number } };

/** Fastify's request serializer, with the URL redacted. */
function serializeRequest(req: RawRequest) {
  return {
    method: req.method,
    url: req.url === undefined ? undefined : redactUrl(req.url),
    host: req.host,
    remoteAddress: req.ip,
    remotePort: req.socket?.remotePort,
  };
}

const options = {
  redact: { paths: REDACT_PATHS, censor: REDACTED },
  serializers: { req: serializeRequest },
} satisfies LoggerOptions;

/** The server's logger: JSON lines (pino) with secrets redacted. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      ...options,
      level,
      base: { service: 'accord' },
      // Message strings too: a URL interpolated into a message by a library.
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === 'string' ? redactUrl(a) : a)) as Parameters<typeof method>);
        },
      },
    },
    destination as pino.DestinationStream,
  );
}

/** A logger given from outside (tests, embedders) with the same redaction of objects and requests. */
export function withRedaction(log: Logger): Logger {
  return log.child({}, options);
}
