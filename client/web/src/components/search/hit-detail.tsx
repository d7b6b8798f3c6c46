import { formatPartialDate, formatDateRange } from '../../lib/dates';
import { humanize } from '../../lib/words';
import type { SearchHit } from './search-hits';

/** The second line of a search result: acronym and country, date and place, status … */
export function HitDetail({ hit }: { hit: SearchHit }) {
  const n = hit.node;
  // Found by another name: say which ("also known as …"), so the hit is not a puzzle.
  const alias = hit.matchedName && !(n.__typename === 'Institution' && n.acronym === hit.matchedName) ? hit.matchedName : null;
  const parts: (string | null | undefined)[] = [alias && `also known as “${alias}”`];
  switch (n.__typename) {
    case 'Institution':
      parts.push(n.acronym, humanize(n.institutionKind), n.countryName);
      break;
    case 'Person':
      parts.push(n.countryName);
      break;
    case 'Event':
      parts.push(humanize(n.eventKind), formatDateRange(n.startDate, n.endDate), n.city);
      break;
    case 'Visit':
      parts.push(humanize(n.purpose), formatPartialDate(n.startDate));
      break;
    case 'Agreement':
      parts.push(humanize(n.agreementStatus), n.effectiveFrom && `from ${formatPartialDate(n.effectiveFrom)}`);
      break;
    case 'Document':
      parts.push(humanize(n.documentKind), formatPartialDate(n.date));
      break;
    case 'Commitment':
      parts.push(humanize(n.commitmentStatus), n.dueDate && `due ${formatPartialDate(n.dueDate)}`);
      break;
    case 'Source':
      parts.push(n.publisherName, formatPartialDate(n.publishedOn));
      break;
  }
  const text = parts.filter(Boolean).join(' · ');
  return text ? (
    <span className="hit-detail">
      <span className="visually-hidden">, </span>
      {text}
    </span>
  ) : null;
}
