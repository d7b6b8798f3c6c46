import { RecordLink } from './record-link';

/** Comma-separated record links: "OIC, UNESCO, Council of Europe". */
export function NameList({ items, typename, empty = '—' }: { items: readonly { id: string; name: string }[]; typename: string; empty?: string }) {
  if (items.length === 0) return <span className="muted">{empty}</span>;
  return (
    <>
      {items.map((item, n) => (
        <span key={item.id}>
          {n > 0 && ', '}
          <RecordLink typename={typename} id={item.id}>
            {item.name}
          </RecordLink>
        </span>
      ))}
    </>
  );
}
