/**
 * The exit codes of the `accord` CLI, in one place (docs/cli.md lists the same table).
 * Scripts can rely on them: they only ever grow.
 */
export const ExitCode = {
  /** Done. */
  OK: 0,
  /** Something unexpected (a bug); rerun with --debug for the stack trace. */
  UNEXPECTED: 1,
  /** Wrong command line: unknown command or option, missing or invalid argument, unreadable file. */
  USAGE: 2,
  /** A name matched several records; the candidates are listed on stderr. */
  AMBIGUOUS: 3,
  /** Nothing matched the name or ID. */
  NOT_FOUND: 4,
  /** The input was refused: the server's userErrors, or an import file/row that failed validation. */
  INPUT_REFUSED: 5,
  /** The server could not be reached (connection refused, DNS, timeout). */
  UNREACHABLE: 6,
  /** The server answered with an error (GraphQL error, HTTP failure, database unavailable). */
  SERVER_ERROR: 7,
  /** No valid token (missing, expired, revoked) or the token's role may not do this. */
  NOT_AUTHORISED: 8,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];
