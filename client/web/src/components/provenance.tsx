import { lazy, Suspense } from 'react';
import { EditOnly } from '../forms/edit-only';
import { type FragmentType, getFragmentData, graphql } from '../gql';
import type { ClaimFieldsFragment } from '../gql/graphql';
import { formatPartialDate } from '../lib/dates';
import { humanize } from '../lib/words';
import { RecordLink } from './record-link';
import { Empty } from './states';

export const CitationFields = graphql(`
  fragment CitationFields on Citation {
    id
    quote
    locator
    source {
      id
      title
      kind
      url
      publisherName
      publishedOn
    }
  }
`);

export const ClaimFields = graphql(`
  fragment ClaimFields on Claim {
    id
    measure
    qualifier
    value
    statement
    asOf
    citations {
      ...CitationFields
    }
  }
`);

const QUALIFIER: Record<string, string> = {
  EXACT: '',
  ABOUT: 'about',
  AT_LEAST: 'at least',
  AT_MOST: 'at most',
  MORE_THAN: 'more than',
  FEWER_THAN: 'fewer than',
};

/** A reported figure as a sentence fragment: "more than 200 participants". */
export function figureText(claim: Pick<ClaimFieldsFragment, 'qualifier' | 'value' | 'measure'>): string {
  return [QUALIFIER[claim.qualifier], claim.value.toLocaleString('en-GB'), claim.measure].filter(Boolean).join(' ');
}

// Loaded only for editors, on first use: the read pages stay light.
const ProvenanceEditor = lazy(() => import('./provenance-editor'));

/** One citation: the quote, then the source (a link) with its publisher and date. */
export function Citation(props: { citation: FragmentType<typeof CitationFields> }) {
  const c = getFragmentData(CitationFields, props.citation);
  return (
    <figure className="citation">
      {c.quote && <blockquote className="quote">“{c.quote}”</blockquote>}
      <figcaption>
        <RecordLink typename="Source" id={c.source.id}>
          {c.source.title}
        </RecordLink>
        <span className="muted">
          {' '}
          · {[c.source.publisherName, formatPartialDate(c.source.publishedOn), c.locator, humanize(c.source.kind)].filter(Boolean).join(' · ')}
        </span>
        {c.source.url && (
          <>
            {' '}
            ·{' '}
            <a href={c.source.url} rel="noreferrer noopener" target="_blank">
              original<span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </>
        )}
      </figcaption>
    </figure>
  );
}

/**
 * "Says who?": every citation behind the record with its quote, and the reported figures, each
 * with its own sources. Figures about the same measure that disagree are shown side by side.
 */
export function ProvenancePanel(props: {
  citations: readonly FragmentType<typeof CitationFields>[];
  claims: readonly FragmentType<typeof ClaimFields>[];
  headingId?: string;
  /** The record's ID: editors get "Add a citation" and "Add a reported figure". */
  recordId?: string;
}) {
  const claims = props.claims.map((c) => getFragmentData(ClaimFields, c));
  const byMeasure = new Map<string, ClaimFieldsFragment[]>();
  for (const claim of claims) byMeasure.set(claim.measure, [...(byMeasure.get(claim.measure) ?? []), claim]);
  const headingId = props.headingId ?? 'sources-heading';
  return (
    <section className="panel provenance" aria-labelledby={headingId}>
      <h2 id={headingId}>Sources</h2>
      {props.recordId && (
        <EditOnly>
          <Suspense fallback={null}>
            <ProvenanceEditor recordId={props.recordId} />
          </Suspense>
        </EditOnly>
      )}
      {props.citations.length === 0 ? (
        <Empty>Unsourced: no publication is cited for this record yet.</Empty>
      ) : (
        props.citations.map((c) => <Citation key={getFragmentData(CitationFields, c).id} citation={c} />)
      )}
      {byMeasure.size > 0 && (
        <>
          <h3>Reported figures</h3>
          {[...byMeasure.entries()].map(([measure, group]) => {
            const disagree = new Set(group.map((c) => `${c.qualifier}:${c.value}`)).size > 1;
            return (
              <div key={measure} className={disagree ? 'claims-compare' : undefined}>
                {disagree && <p className="notice">Sources disagree about the {measure}:</p>}
                {group.map((claim) => (
                  <div key={claim.id} className={`figure${disagree ? ' conflict' : ''}`}>
                    <p>
                      <strong>{figureText(claim)}</strong>
                      {claim.asOf && <span className="muted"> · as of {formatPartialDate(claim.asOf)}</span>}
                    </p>
                    {claim.citations.map((c) => (
                      <Citation key={getFragmentData(CitationFields, c).id} citation={c} />
                    ))}
                    {claim.citations.length === 0 && <Empty>Unsourced figure.</Empty>}
                  </div>
                ))}
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}
