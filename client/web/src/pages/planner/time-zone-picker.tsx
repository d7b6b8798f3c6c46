import { useMemo } from 'react';
import { ComboBox, Input, Label, ListBox, ListBoxItem, Popover } from 'react-aria-components';
import { browserTimeZone } from './planner-params';

/** Every IANA zone the browser knows, searchable ("baku", "berlin"), the reader's own first. */
export function TimeZonePicker({ value, onChange }: { value: string; onChange: (zone: string) => void }) {
  const zones = useMemo(() => {
    const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : ['UTC'];
    const own = browserTimeZone();
    return [own, ...all.filter((z) => z !== own && z !== 'UTC'), ...(own === 'UTC' ? [] : ['UTC'])].map((id) => ({ id }));
  }, []);
  return (
    <ComboBox
      className="field picker tz-picker"
      defaultItems={zones}
      selectedKey={value}
      onSelectionChange={(key) => key && onChange(String(key))}
      defaultFilter={(text, input) => text.toLowerCase().replaceAll('_', ' ').includes(input.toLowerCase().replaceAll('_', ' '))}
    >
      <Label>Time zone</Label>
      <Input className="input" />
      <Popover className="popover">
        <ListBox className="listbox">
          {(zone: { id: string }) => (
            <ListBoxItem id={zone.id} className="listbox-item">
              {zone.id.replaceAll('_', ' ')}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
