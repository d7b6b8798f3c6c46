import {
  AccordGraphQLError,
  AccordHttpError,
  AccordNetworkError,
  AccordUserInputError,
  type UserErrorEntry,
} from '../errors.js';
import { ExitCode } from './exit-codes.js';

/** An error the CLI reports as one line with its own exit code (and optional extra data). */
export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    /** A stable word for scripts (`--json` errors carry it), e.g. "AMBIGUOUS". */
    readonly code: string,
    message: string,
    /** Extra fields for the `--json` error object (e.g. candidates). */
    readonly data: Record<string, unknown> = {},
    /** Extra lines printed after the message in text mode (e.g. a table of candidates). */
    readonly lines: string[] = [],
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const usageError = (message: string) => new CliError(ExitCode.USAGE, 'USAGE', message);

/** What the CLI tells the user about an error. */
export type ErrorReport = {
  exitCode: ExitCode;
  code: string;
  message: string;
  data: Record<string, unknown>;
  lines: string[];
};

/** "input.country: must be … (INVALID_COUNTRY)" → "country: must be … (INVALID_COUNTRY)". */
export function formatUserError(entry: UserErrorEntry): string {
  const path = entry.field[0] === 'input' ? entry.field.slice(1) : entry.field;
  return `${path.join('.') || 'input'}: ${entry.message} (${entry.code})`;
}

/** The innermost useful reason of a network failure ("connect ECONNREFUSED 127.0.0.1:9"). */
function networkReason(error: unknown): string {
  let reason = error instanceof Error ? error.message : String(error);
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    if (current.name === 'TimeoutError') return 'timed out';
    if (typeof code === 'string' && code !== 'UND_ERR_SOCKET') {
      const text = current.message && !current.message.includes(code) ? `${current.message} (${code})` : current.message || code;
      return text;
    }
    if (current.message && current.message !== 'fetch failed') reason = current.message;
    current = current.cause;
  }
  return reason;
}

export function describeError(error: unknown, url: string): ErrorReport {
  const report = (exitCode: ExitCode, code: string, message: string, data: Record<string, unknown> = {}, lines: string[] = []) => ({
    exitCode,
    code,
    message,
    data,
    lines,
  });
  if (error instanceof CliError) return report(error.exitCode, error.code, error.message, error.data, error.lines);
  if (error instanceof AccordNetworkError) {
    return report(ExitCode.UNREACHABLE, 'UNREACHABLE', `cannot reach ${url}: ${networkReason(error.cause ?? error)}`);
  }
  if (error instanceof AccordHttpError) {
    const hint = error.status === 404 && !/\/graphql\/?$/.test(new URL(url, 'http://x').pathname) ? ' (is --url the GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql?)' : '';
    return report(ExitCode.SERVER_ERROR, 'HTTP_ERROR', `${url} answered HTTP ${error.status}${hint}`, { status: error.status });
  }
  if (error instanceof AccordUserInputError) {
    return report(ExitCode.INPUT_REFUSED, 'INPUT_REFUSED', `refused: ${error.userErrors.map(formatUserError).join('; ')}`, {
      userErrors: error.userErrors,
    });
  }
  if (error instanceof AccordGraphQLError) {
    const data = { graphqlCode: error.code, errors: error.errors };
    switch (error.code) {
      case 'NOT_FOUND':
        return report(ExitCode.NOT_FOUND, 'NOT_FOUND', error.message, data);
      case 'BAD_USER_INPUT':
        return report(ExitCode.USAGE, 'USAGE', error.message, data);
      case 'UNAUTHENTICATED':
      case 'FORBIDDEN':
        return report(ExitCode.NOT_AUTHORISED, 'NOT_AUTHORISED', `${error.message} (${error.code}; give a token with --token or ACCORD_TOKEN)`, data);
      case 'GRAPHQL_VALIDATION_FAILED':
        return report(ExitCode.SERVER_ERROR, 'SERVER_ERROR', `the server does not accept this client's query (is it a different Accord version?): ${error.message}`, data);
      default:
        return report(ExitCode.SERVER_ERROR, 'SERVER_ERROR', `server error (${error.code}): ${error.message}`, data);
    }
  }
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) {
    return report(ExitCode.UNREACHABLE, 'UNREACHABLE', `${url} did not answer in time`);
  }
  const message = error instanceof Error ? error.message : String(error);
  return report(ExitCode.UNEXPECTED, 'UNEXPECTED', `unexpected error: ${message} (rerun with --debug for details)`);
}
