import { useMemo, useState } from 'react';
import { ComboBox, FieldError, Input, Label, ListBox, ListBoxItem, Popover } from 'react-aria-components';

// ISO 3166-1 alpha-2 codes (the API's country field); names come from the browser (Intl).
const CODES =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW'.split(
    ' ',
  );

/** A country by name (typing filters), stored as its ISO code. */
export function CountryInput({ label = 'Country', value, onChange, error }: { label?: string; value: string | null; onChange(code: string | null): void; error?: string }) {
  const countries = useMemo(() => {
    const names = new Intl.DisplayNames(['en'], { type: 'region' });
    return CODES.map((code) => ({ id: code, name: names.of(code) ?? code })).sort((a, b) => a.name.localeCompare(b.name, 'en'));
  }, []);
  const [text, setText] = useState(() => countries.find((c) => c.id === value)?.name ?? '');
  const needle = text.trim().toLocaleLowerCase('en');
  const selectedName = countries.find((c) => c.id === value)?.name;
  const items = needle && needle !== selectedName?.toLocaleLowerCase('en') ? countries.filter((c) => c.name.toLocaleLowerCase('en').includes(needle) || c.id.toLowerCase() === needle) : countries;
  return (
    <ComboBox
      className="field"
      items={items}
      inputValue={text}
      onInputChange={(next) => {
        setText(next);
        if (next === '') onChange(null);
      }}
      selectedKey={value}
      onSelectionChange={(key) => {
        const country = countries.find((c) => c.id === key);
        if (country) {
          setText(country.name);
          onChange(country.id);
        }
      }}
      isInvalid={!!error}
      validationBehavior="aria"
      menuTrigger="focus"
    >
      <Label>{label}</Label>
      <Input placeholder="Type a country…" />
      <FieldError className="field-error">{error}</FieldError>
      <Popover className="search-popover" placement="bottom start">
        <ListBox className="search-results">
          {(item: (typeof countries)[number]) => (
            <ListBoxItem id={item.id} textValue={item.name} className="search-option">
              {item.name}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
