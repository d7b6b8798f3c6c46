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

/** Save and Cancel at the bottom of a form; Save is disabled while the submission runs. */
export function FormActions({ pending, saveLabel = 'Save', onCancel, children }: { pending: boolean; saveLabel?: string; onCancel?(): void; children?: ReactNode }) {
  return (
    <div className="form-actions">
      {/* Not isPending: React Aria announces a pending button by its ID, and the announcement outlives a dialog that closes on success (an unnamed role="img" in the live region). */}
      <Button type="submit" className="button primary" isDisabled={pending}>
        {pending ? 'Saving…' : saveLabel}
      </Button>
      {onCancel && (
        <Button className="button" onPress={onCancel}>
          Cancel
        </Button>
      )}
      {children}
    </div>
  );
}
