import { Button, Dialog, DialogTrigger, Heading, Popover } from 'react-aria-components';
import { formatPartialDate } from '../lib/dates';
import { RecordLink } from './record-link';

type SourceSummary = { id: string; title: string; publisherName?: string | null; publishedOn?: string | null };

/** A small "sources (n)" button; pressing it shows which publications support the fact. Unsourced facts say so. */
export function SourcesMarker({ sources, label = 'Sources' }: { sources: readonly SourceSummary[]; label?: string }) {
  if (sources.length === 0) {
    return (
      <span className="source-marker unsourced" title="No source recorded for this">
        unsourced
      </span>
    );
  }
  return (
    <DialogTrigger>
      <Button className="source-marker">
        {sources.length === 1 ? '1 source' : `${sources.length} sources`}
      </Button>
      <Popover className="popover" placement="bottom end">
        <Dialog className="popover-dialog">
          <Heading slot="title" className="popover-title">
            {label}
          </Heading>
          <ul className="plain">
            {sources.map((s) => (
              <li key={s.id}>
                <RecordLink typename="Source" id={s.id}>
                  {s.title}
                </RecordLink>
                <div className="muted">{[s.publisherName, formatPartialDate(s.publishedOn)].filter(Boolean).join(' · ')}</div>
              </li>
            ))}
          </ul>
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}
