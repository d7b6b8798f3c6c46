import { humanize } from '../../lib/words';

const TONE: Record<string, string> = {
  IN_FORCE: 'ok',
  SIGNED: 'ok',
  SUSPENDED: 'warn',
  NEGOTIATION: '',
  DRAFT: '',
  EXPIRED: 'danger',
  TERMINATED: 'danger',
  SUPERSEDED: 'warn',
};

/** Lifecycle status as a badge: the word always, the colour only as a second signal. */
export function AgreementStatusBadge({ status }: { status: string }) {
  return <span className={`badge ${TONE[status] ?? ''}`}>{humanize(status)}</span>;
}
