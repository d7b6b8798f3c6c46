import type { ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal } from 'react-aria-components';

/**
 * A button that opens a small form in a modal dialog (focus moves in, Escape closes, focus
 * returns to the button). `children` gets `close` to call after a successful save.
 */
export function FormDialog({ label, title, children, className = 'button' }: {
  label: ReactNode;
  title: string;
  className?: string;
  children(close: () => void): ReactNode;
}) {
  return (
    <DialogTrigger>
      <Button className={className}>{label}</Button>
      <Modal isDismissable className="modal">
        <Dialog className="dialog">
          {({ close }) => (
            <>
              <Heading slot="title">{title}</Heading>
              {children(close)}
              <Button slot="close" className="link-button dialog-cancel">
                Cancel
              </Button>
            </>
          )}
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}

/** Save and Cancel at the bottom of a form, with “Saving…” announced while the submission runs. */
export function FormActions({ pending, saveLabel = 'Save', onCancel, children }: { pending: boolean; saveLabel?: string; onCancel?(): void; children?: ReactNode }) {
  return (
    <div className="form-actions">
      {/* Not isPending: its announcement points at the button, which is gone once the dialog
          closes (axe flags the dangling label). A press while saving joins the same submission. */}
      <Button type="submit" className="button primary" aria-busy={pending || undefined}>
        {saveLabel}
      </Button>
      <span role="status" className="muted">
        {pending ? 'Saving…' : ''}
      </span>
      {onCancel && (
        <Button className="button" onPress={onCancel}>
          Cancel
        </Button>
      )}
      {children}
    </div>
  );
}
