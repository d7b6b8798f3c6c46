import type { ReactNode } from 'react';

/** The top of a record page: kind, title, one line of key facts, and an optional description. */
export function RecordHeader({ kicker, title, meta, children }: { kicker: ReactNode; title: ReactNode; meta?: ReactNode; children?: ReactNode }) {
  return (
    <header className="record-header">
      <div className="kicker">{kicker}</div>
      <h1 id="record-title">{title}</h1>
      {meta && <div className="meta">{meta}</div>}
      {children}
    </header>
  );
}
