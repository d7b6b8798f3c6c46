import { useEffect } from 'react';
import { Button, Dialog, Heading, Modal } from 'react-aria-components';
import { useBlocker } from 'react-router';

/**
 * Warns before leaving a form with unsaved changes: inside the app (a link, Back) with a dialog,
 * and when closing or reloading the tab with the browser's own prompt.
 */
export function LeaveGuard({ when }: { when: boolean }) {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname);
  useEffect(() => {
    if (!when) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [when]);
  if (blocker.state !== 'blocked') return null;
  return (
    <Modal isOpen isDismissable={false} className="modal">
      <Dialog role="alertdialog" className="dialog">
        <Heading slot="title">Leave without saving?</Heading>
        <p>Your changes on this form are not saved yet.</p>
        <div className="form-actions">
          <Button className="button primary" onPress={() => blocker.reset()} autoFocus>
            Stay on the form
          </Button>
          <Button className="button" onPress={() => blocker.proceed()}>
            Leave and drop the changes
          </Button>
        </div>
      </Dialog>
    </Modal>
  );
}
