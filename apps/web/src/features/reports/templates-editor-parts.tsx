import type { IndicatorInfo } from "@dangvu/contract";
import { Select } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { matchesTokens, searchTokens } from "../../lib/text";

const matches = (input: string, option?: { label?: unknown; value?: unknown }) =>
  searchTokens(input).length === 0 ||
  matchesTokens(`${String(option?.label ?? "")} ${String(option?.value ?? "")}`, searchTokens(input));

interface PickerProps {
  value?: string;
  onChange?: (value: string | undefined) => void;
  indicators: IndicatorInfo[];
  allowClear?: boolean;
  placeholder?: string;
  testId?: string;
}

/** A searchable pick of an indicator, computed ones and entered ones in two groups (accent-insensitive search). */
export function IndicatorPicker({ value, onChange, indicators, allowClear, placeholder, testId }: PickerProps) {
  const { t } = useTranslation();
  const group = (kind: IndicatorInfo["kind"]) =>
    indicators.filter((i) => i.kind === kind).map((i) => ({ value: i.id, label: i.label }));
  const known = indicators.some((i) => i.id === value);
  const options = [
    { label: t("reportTemplates.computed"), options: group("computed") },
    { label: t("reportTemplates.entered"), options: group("entered") },
    ...(value && !known
      ? [{ label: "—", options: [{ value, label: t("reportTemplates.unknownIndicator", { id: value }) }] }]
      : []),
  ];
  return (
    <Select
      value={value}
      onChange={onChange}
      options={options}
      allowClear={allowClear}
      placeholder={placeholder ?? t("reportTemplates.pickIndicator")}
      showSearch={{ filterOption: matches }}
      popupMatchSelectWidth={false}
      style={{ width: "100%" }}
      data-testid={testId}
    />
  );
}

/** The right side of a rule: one of the template's indicators, or a whole number typed in the search box. */
export function OperandPicker({ value, onChange, indicators, testId }: PickerProps) {
  const [typed, setTyped] = useState("");
  const numbers = [typed, value].filter((v): v is string => Boolean(v && /^\d{1,9}$/.test(v)));
  const options = [
    ...[...new Set(numbers)].map((n) => ({ value: n, label: n })),
    ...indicators.map((i) => ({ value: i.id, label: i.label })),
  ];
  return (
    <Select
      value={value}
      onChange={onChange}
      options={options}
      showSearch={{
        filterOption: (input, option) => option?.value === input || matches(input, option),
        onSearch: setTyped,
      }}
      popupMatchSelectWidth={false}
      style={{ width: "100%" }}
      data-testid={testId}
    />
  );
}
