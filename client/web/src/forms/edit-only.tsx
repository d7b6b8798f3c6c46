import type { ReactNode } from 'react';
import { useCanEdit, useViewer } from '../app/session';
import { PageSkeleton } from '../components/states';

/** Edit controls: rendered for editors and admins only (viewers never see them; the API refuses anyway). */
export function EditOnly({ children }: { children: ReactNode }) {
  return useCanEdit() ? children : null;
}

/** Admin-only controls and pages. */
export function AdminOnly({ children }: { children: ReactNode }) {
  return useViewer().role === 'ADMIN' ? children : null;
}

/** A whole edit page: viewers get an explanation instead of the form. */
export function EditPage({ children }: { children: ReactNode }) {
  const pending = useViewer().pending;
  const canEdit = useCanEdit();
  if (pending) return <PageSkeleton label="Signing in" />;
  if (!canEdit) {
    return (
      <div className="page">
        <h1>Editing is for editors</h1>
        <p>Your role lets you read the registry but not change it. Ask an administrator for an editor account.</p>
      </div>
    );
  }
  return children;
}
