import type { TypedDocumentNode } from '@apollo/client';
import { useState } from 'react';
import { type FormError, useFormMutation } from '../../forms';
import { type FragmentType, getFragmentData } from '../../gql';
import type { ScheduleWarningFieldsFragment } from '../../gql/graphql';
import { ScheduleWarningFields } from './schedule-warnings';

type Checked = { userErrors: readonly FormError[]; warnings: readonly FragmentType<typeof ScheduleWarningFields>[] };

/**
 * Saving something that may clash (an event, a visit, a participant, a delegation member) in two
 * steps: the mutation's dry run first (`dryRun: true`: the API's errors and clashes, nothing
 * saved); with no clash it saves at once, otherwise the clashes are shown and the same values
 * submitted again are saved ("anyway"). Changed values are checked again.
 * `check` and `save` are the same mutation, the first with `dryRun: true` selecting no record
 * fields (so the cache never holds unsaved values).
 */
export function useCheckedSave<TCheck, TSave, TVars, P extends Checked>(
  check: TypedDocumentNode<TCheck, TVars>,
  save: TypedDocumentNode<TSave, TVars>,
  options: { checked(data: TCheck): Checked | null | undefined; saved(data: TSave): P | null | undefined; recordId?: string; current: TVars },
) {
  const dry = useFormMutation(check, { payload: options.checked, recordId: options.recordId });
  const real = useFormMutation(save, { payload: options.saved, recordId: options.recordId });
  const [found, setFound] = useState<{ key: string; warnings: readonly ScheduleWarningFieldsFragment[] } | null>(null);
  const [last, setLast] = useState<'check' | 'save'>('check');
  const currentKey = JSON.stringify(options.current);
  const step = last === 'save' ? real : dry;

  async function run(vars: TVars): Promise<P | null> {
    const key = JSON.stringify(vars);
    if (found?.key !== key || found.warnings.length === 0) {
      setLast('check');
      const checked = (await dry.submit(vars)) as Checked | null;
      if (!checked) return null;
      if (checked.warnings.length > 0) {
        setFound({ key, warnings: checked.warnings.map((w) => getFragmentData(ScheduleWarningFields, w)) });
        return null;
      }
    }
    setLast('save');
    return (await real.submit(vars)) as P | null;
  }

  return {
    run,
    conflict: dry.conflict ?? real.conflict,
    step: {
      errors: step.errors,
      fieldError: step.fieldError,
      pending: dry.pending || real.pending,
      failure: step.failure,
      warnings: found?.key === currentKey ? found.warnings : null,
    },
  };
}
