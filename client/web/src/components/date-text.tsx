import { formatDateRange, formatPartialDate, relativeHint } from '../lib/dates';

/** A date at its precision, with a relative hint ("in 3 weeks") on hover and, optionally, beside it. */
export function DateText({ value, end, approximate, relative }: { value: string | null | undefined; end?: string | null; approximate?: boolean; relative?: boolean }) {
  if (!value) return <span className="muted">undated</span>;
  const hint = relativeHint(value);
  const text = end ? formatDateRange(value, end) : formatPartialDate(value, { approximate });
  return (
    <>
      <time dateTime={value} title={hint ?? undefined}>
        {text}
      </time>
      {relative && hint && <span className="muted"> ({hint})</span>}
    </>
  );
}
