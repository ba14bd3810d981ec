import { MemberListQuery, PoliticalTheoryLevel, Sex } from "@dangvu/contract";
import { AutoComplete, Button, Flex, Input, InputNumber, Select, Space, Typography } from "antd";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { TreeIndex } from "../org/org-tree.model";
import { UnitPicker } from "../org/unit-picker";
import { hasFilters, type ListQuery } from "./member-list-query";

const statuses = MemberListQuery.shape.status.unwrap().options;
const ethnicities = [
  "Kinh",
  "Tày",
  "Thái",
  "Mường",
  "Khmer",
  "Hoa",
  "Nùng",
  "H'Mông",
  "Dao",
  "Gia Rai",
  "Ê Đê",
  "Sán Dìu",
];

interface Props {
  query: ListQuery;
  index: TreeIndex;
  onChange: (changes: ListQuery) => void;
  onClear: () => void;
}

/** The search box (debounced, accents optional), the unit and status, and the finer filters on demand. */
export function MemberFilters({ query, index, onChange, onClear }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(query.q ?? "");
  const [more, setMore] = useState(() => hasFilters({ ...query, orgUnitId: undefined, status: undefined }));

  // The box follows the URL (back button, "clear filters"); typing reaches the URL after a pause. The URL's echo of
  // what was typed is not written back into the box, or letters typed meanwhile would be lost.
  const sent = useRef<string | undefined>(query.q);
  useEffect(() => {
    if (query.q === sent.current) return;
    sent.current = query.q;
    setText(query.q ?? "");
  }, [query.q]);
  useEffect(() => {
    const q = text.trim() || undefined;
    if (q === query.q) return;
    const timer = setTimeout(() => {
      sent.current = q;
      onChange({ q });
    }, 350);
    return () => clearTimeout(timer);
  }, [text, query.q, onChange]);

  return (
    <Flex vertical gap={12} style={{ marginBottom: 12 }} className="no-print">
      <Flex gap={12} wrap align="center">
        <Input
          allowClear
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t("members.searchPlaceholder")}
          aria-label={t("members.searchPlaceholder")}
          style={{ flex: "1 1 260px", maxWidth: 480 }}
          data-testid="member-search"
        />
        <div style={{ flex: "0 1 280px", minWidth: 220 }}>
          <UnitPicker
            index={index}
            value={query.orgUnitId}
            onChange={(orgUnitId) => onChange({ orgUnitId: orgUnitId || undefined })}
            placeholder={t("members.allUnits")}
            testId="member-unit-filter"
          />
        </div>
        <Select
          allowClear
          value={query.status}
          onChange={(status) => onChange({ status })}
          placeholder={t("members.statusDefault")}
          aria-label={t("members.status")}
          options={statuses.map((s) => ({ value: s, label: t(`memberStatus.${s}`) }))}
          style={{ width: 270 }}
          data-testid="member-status-filter"
        />
        <Button onClick={() => setMore(!more)} aria-expanded={more} data-testid="member-more-filters">
          {t("members.moreFilters")}
        </Button>
        {(hasFilters(query) || query.q) && (
          <Button type="link" onClick={onClear} data-testid="member-clear-filters">
            {t("members.clearFilters")}
          </Button>
        )}
      </Flex>
      {more && (
        <Flex gap={16} wrap align="center" data-testid="member-extra-filters">
          <Select
            allowClear
            value={query.sex}
            onChange={(sex) => onChange({ sex })}
            placeholder={t("members.sex")}
            aria-label={t("members.sex")}
            options={Sex.options.map((s) => ({ value: s, label: t(`sex.${s}`) }))}
            style={{ width: 130 }}
          />
          <RangeFilter
            label={t("members.age")}
            min={query.ageMin}
            max={query.ageMax}
            onChange={(ageMin, ageMax) => onChange({ ageMin, ageMax })}
          />
          <RangeFilter
            label={t("members.partyAge")}
            min={query.partyAgeMin}
            max={query.partyAgeMax}
            onChange={(partyAgeMin, partyAgeMax) => onChange({ partyAgeMin, partyAgeMax })}
          />
          <AutoComplete
            allowClear
            value={query.ethnicity}
            onChange={(ethnicity: string | undefined) => onChange({ ethnicity: ethnicity?.trim() || undefined })}
            options={ethnicities.map((e) => ({ value: e }))}
            placeholder={t("members.ethnicity")}
            aria-label={t("members.ethnicity")}
            style={{ width: 150 }}
          />
          <Select
            allowClear
            value={query.politicalTheoryLevel}
            onChange={(politicalTheoryLevel) => onChange({ politicalTheoryLevel })}
            placeholder={t("members.theory")}
            aria-label={t("members.theory")}
            options={PoliticalTheoryLevel.options.map((l) => ({ value: l, label: t(`theoryLevel.${l}`) }))}
            style={{ width: 190 }}
          />
        </Flex>
      )}
    </Flex>
  );
}

interface RangeProps {
  label: string;
  min?: number;
  max?: number;
  onChange: (min: number | undefined, max: number | undefined) => void;
}

/** "Tuổi đời từ [ ] đến [ ] năm": whole years, either end optional. */
function RangeFilter({ label, min, max, onChange }: RangeProps) {
  const { t } = useTranslation();
  const number = (value: number | null) => (value === null ? undefined : value);
  return (
    <Space size={6} align="center">
      <Typography.Text>{label}</Typography.Text>
      <InputNumber
        min={0}
        max={120}
        precision={0}
        value={min}
        onChange={(value) => onChange(number(value), max)}
        placeholder={t("members.from")}
        aria-label={`${label} ${t("members.from")}`}
        style={{ width: 72 }}
      />
      <Typography.Text>{t("members.to")}</Typography.Text>
      <InputNumber
        min={0}
        max={120}
        precision={0}
        value={max}
        onChange={(value) => onChange(min, number(value))}
        placeholder="…"
        aria-label={`${label} ${t("members.to")}`}
        style={{ width: 72 }}
      />
      <Typography.Text type="secondary">{t("members.years")}</Typography.Text>
    </Space>
  );
}
