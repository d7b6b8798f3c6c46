import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { recordPath } from '../lib/routes';

/** A link to a record's page; plain text for kinds that have no page of their own. */
export function RecordLink({ typename, id, children }: { typename: string | undefined; id: string; children: ReactNode }) {
  const path = recordPath(typename, id);
  return path ? <Link to={path}>{children}</Link> : <span>{children}</span>;
}
