import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { forgetLists } from './forget-lists';

/**
 * Navigate after a save, once the form has re-rendered as saved (so <LeaveGuard> no longer blocks).
 * Cached lists are forgotten first (see forgetLists): the record may appear in any of them.
 * Returns [saved, goTo(path)].
 */
export function useSavedNavigation(): [boolean, (path: string) => void] {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (!target) return;
    forgetLists(client);
    navigate(target);
  }, [target, navigate, client]);
  return [target !== null, setTarget];
}
