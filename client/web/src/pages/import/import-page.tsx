import { useApolloClient, useMutation } from '@apollo/client/react';
import { type ChangeEvent, useState } from 'react';
import { Button } from 'react-aria-components';
import { RecordLink } from '../../components/record-link';
import { ErrorState } from '../../components/states';
import { EditPage, FormStatus, LeaveGuard, useFormMutation } from '../../forms';
import { graphql } from '../../gql';
import { usePageTitle } from '../../lib/use-page-title';
import { COLUMNS, type ImportRow, parseImportFile } from './parse-import';
import { findLikelyDuplicates, type LikelyDuplicate } from './likely-duplicates';
import './import.css';

const ImportMutation = graphql(`
  mutation ImportInstitutions($input: ImportRecordsInput!) {
    importRecords(input: $input) {
      committed
      failed
      results {
        index
        id
        userErrors {
          field
          message
          code
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/** At most this many rows per file (the API's limit for one import). */
const MAX_ROWS = 10_000;

type RowError = { line: number; name: string; field: string; message: string };
type Report = { file: string; rows: ImportRow[]; errors: RowError[]; duplicates: LikelyDuplicate[]; duplicatesChecked: { checked: number; named: number }; ignoredColumns: string[] };

const operationsOf = (rows: ImportRow[]) => rows.map((r) => ({ mutation: 'createInstitution', input: r.input }));
const fieldOf = (path: readonly string[]) => (path[0] === 'input' ? path.slice(1) : path).join('.') || '—';

/**
 * Import institutions from a CSV or JSON file: the file is read in the browser, checked by the
 * API as a dry run (every rule of createInstitution, nothing written), then imported in one
 * all-or-nothing transaction once confirmed.
 */
export function Component() {
  usePageTitle('Import institutions');
  return (
    <EditPage>
      <ImportInstitutions />
    </EditPage>
  );
}

function ImportInstitutions() {
  const client = useApolloClient();
  const [dryRun, dryRunState] = useMutation(ImportMutation);
  const confirm = useFormMutation(ImportMutation, { payload: (d) => d.importRecords });
  const [report, setReport] = useState<Report | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  const [created, setCreated] = useState<{ id: string; name: string }[] | null>(null);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    setReport(null);
    setCreated(null);
    setProblem(null);
    confirm.reset();
    if (!file) return;
    const parsed = parseImportFile(file.name, await file.text());
    if (parsed.problem) return setProblem(parsed.problem);
    if (parsed.rows.length > MAX_ROWS) return setProblem(`The file has ${parsed.rows.length} rows; one import takes at most ${MAX_ROWS}. Split it.`);
    setChecking(true);
    try {
      const [{ data }, { found: duplicates, checked, named }] = await Promise.all([
        dryRun({ variables: { input: { operations: operationsOf(parsed.rows), dryRun: true } } }),
        findLikelyDuplicates(client, parsed.rows),
      ]);
      const results = data?.importRecords.results ?? [];
      const errors = results.flatMap((r) =>
        r.userErrors.map((e) => ({ line: parsed.rows[r.index]!.line, name: String(parsed.rows[r.index]!.input.name ?? ''), field: fieldOf(e.field), message: e.message })),
      );
      setReport({ file: file.name, rows: parsed.rows, errors, duplicates, duplicatesChecked: { checked, named }, ignoredColumns: parsed.ignoredColumns });
    } catch {
      // dryRunState.error shows the failure with its request ID.
    } finally {
      setChecking(false);
    }
  }

  async function commit() {
    if (!report) return;
    const done = await confirm.submit({ input: { operations: operationsOf(report.rows), dryRun: false } });
    if (!done) return;
    const results = (done as unknown as { results: { index: number; id: string | null }[] }).results;
    setCreated(results.filter((r) => r.id).map((r) => ({ id: r.id!, name: String(report.rows[r.index]!.input.name ?? '') })));
    setReport(null);
  }

  const ready = report !== null && report.errors.length === 0;
  return (
    <div className="page import-page">
      <LeaveGuard when={ready && !created} />
      <h1>Import institutions</h1>
      <p>
        Choose a CSV file (a header line, then one institution per line) or a JSON array of objects, with the columns{' '}
        {COLUMNS.map((c, i) => (
          <span key={c}>
            {i > 0 && ', '}
            <code>{c}</code>
          </span>
        ))}
        . <code>name</code> and <code>kind</code> are required; <code>country</code> is a two-letter code; separate aliases with <code>|</code>. Nothing is
        written until you confirm: the file is first checked by the same rules as a single new institution, and then imported all or nothing.
      </p>
      <div className="field">
        <label htmlFor="import-file">File (CSV or JSON)</label>
        <input id="import-file" type="file" accept=".csv,.json,text/csv,application/json" onChange={choose} />
      </div>
      {checking && (
        <p role="status" aria-live="polite">
          Checking the file…
        </p>
      )}
      {problem && (
        <p className="form-errors" role="alert">
          {problem}
        </p>
      )}
      {dryRunState.error && <ErrorState error={dryRunState.error} title="The file could not be checked" />}
      {report && <DryRunReport report={report} />}
      {ready && (
        <div className="form-actions">
          <Button className="button primary" onPress={commit} isDisabled={confirm.pending}>
            {confirm.pending ? 'Importing…' : `Import ${report.rows.length} institution${report.rows.length === 1 ? '' : 's'}`}
          </Button>
          <Button className="button" onPress={() => setReport(null)}>
            Cancel
          </Button>
        </div>
      )}
      <FormStatus failure={confirm.failure} errors={confirm.errors} />
      {created && (
        <section className="import-done" role="status" aria-labelledby="import-done-heading">
          <h2 id="import-done-heading">
            Imported {created.length} institution{created.length === 1 ? '' : 's'}
          </h2>
          <ul className="plain">
            {created.map((c) => (
              <li key={c.id}>
                <RecordLink typename="Institution" id={c.id}>
                  {c.name}
                </RecordLink>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}

function DryRunReport({ report }: { report: Report }) {
  const { rows, errors, duplicates } = report;
  const failedLines = new Set(errors.map((e) => e.line));
  return (
    <section className="import-report" aria-labelledby="report-heading">
      <h2 id="report-heading">Dry run of {report.file}: nothing was written</h2>
      <ul className="report-counts">
        <li>
          <strong>{rows.length}</strong> rows read
        </li>
        <li>
          <strong>{rows.length - failedLines.size}</strong> would be created
        </li>
        <li className={errors.length ? 'bad' : undefined}>
          <strong>{failedLines.size}</strong> with errors
        </li>
        <li className={duplicates.length ? 'warn' : undefined}>
          <strong>{duplicates.length}</strong> likely duplicates
          {report.duplicatesChecked.checked < report.duplicatesChecked.named && (
            <>
              {' '}
              (looked for in the first {report.duplicatesChecked.checked} of {report.duplicatesChecked.named} names only; the rest were not compared with the registry, exact duplicates are still refused)
            </>
          )}
        </li>
      </ul>
      {report.ignoredColumns.length > 0 && <p className="muted">Ignored columns: {report.ignoredColumns.join(', ')}.</p>}
      {errors.length > 0 && (
        <>
          <h3>Errors — fix these lines and choose the file again (the import is all or nothing)</h3>
          <table className="table compact import-errors">
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">Name</th>
                <th scope="col">Field</th>
                <th scope="col">Problem</th>
              </tr>
            </thead>
            <tbody>
              {errors.map((e) => (
                <tr key={`${e.line}:${e.field}:${e.message}`}>
                  <th scope="row">Line {e.line}</th>
                  <td>{e.name}</td>
                  <td>
                    <code>{e.field}</code>
                  </td>
                  <td>{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {duplicates.length > 0 && (
        <>
          <h3>Likely duplicates — already in the registry under a similar name</h3>
          <table className="table compact">
            <thead>
              <tr>
                <th scope="col">Line</th>
                <th scope="col">In the file</th>
                <th scope="col">In the registry</th>
              </tr>
            </thead>
            <tbody>
              {duplicates.map((d) => (
                <tr key={`${d.line}:${d.existing.id}`}>
                  <th scope="row">Line {d.line}</th>
                  <td>{d.name}</td>
                  <td>
                    <RecordLink typename="Institution" id={d.existing.id}>
                      {d.existing.title}
                    </RecordLink>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="muted">They are created anyway if you confirm; remove their lines from the file to skip them.</p>
        </>
      )}
      {errors.length === 0 && <p>Every row passes the registry's rules.</p>}
    </section>
  );
}
