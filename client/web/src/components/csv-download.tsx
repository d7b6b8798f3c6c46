import { useState } from 'react';
import { Button } from 'react-aria-components';
import { readToken } from '../lib/session';
import './controls.css';

/** What to export: a named export of the server (stats, timeline, events …) or any list/connection query. */
export type CsvExport = { name: string; variables?: Record<string, unknown> } | { query: string; variables?: Record<string, unknown> };

/**
 * Fetches the CSV from POST /export (authenticated like the API, with the signed-in token) and
 * hands it to the browser as a download. Throws with the server's message and request ID.
 */
export async function downloadCsv(what: CsvExport, filename: string): Promise<void> {
  const token = readToken();
  const response = await fetch('/export', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(what),
  });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { errors?: { message: string; extensions?: { requestId?: string } }[] } | null;
    const error = body?.errors?.[0];
    const requestId = response.headers.get('x-request-id') ?? error?.extensions?.requestId;
    throw new Error(`${error?.message ?? `The export failed (HTTP ${response.status}).`}${requestId ? ` Request ID: ${requestId}` : ''}`);
  }
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Download CSV" of a list or view: the same rows the API gives this user, every page of them. */
export function CsvDownloadButton({ what, filename, label = 'Download CSV' }: { what: CsvExport; filename: string; label?: string }) {
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  return (
    <span className="csv-download">
      <Button
        className="button"
        isDisabled={state.busy}
        onPress={() => {
          setState({ busy: true, error: null });
          downloadCsv(what, filename).then(
            () => setState({ busy: false, error: null }),
            (error: Error) => setState({ busy: false, error: error.message }),
          );
        }}
      >
        {state.busy ? 'Preparing CSV…' : label}
      </Button>
      {state.error && (
        <span role="alert" className="field-error">
          {' '}
          {state.error}
        </span>
      )}
    </span>
  );
}
