import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';

/**
 * Navigate after a save, once the form has re-rendered as saved (so <LeaveGuard> no longer blocks).
 * Returns [saved, goTo(path)].
 */
export function useSavedNavigation(): [boolean, (path: string) => void] {
  const navigate = useNavigate();
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (target) navigate(target);
  }, [target, navigate]);
  return [target !== null, setTarget];
}
