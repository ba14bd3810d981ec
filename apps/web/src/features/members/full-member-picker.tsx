import { Form, Select } from "antd";
import type { Rule } from "antd/es/form";
import { useState } from "react";
import { formatDate } from "../../lib/dates";
import { useMemberSearch } from "./members.api";

interface Props {
  name: string | (string | number)[];
  label: string;
  placeholder: string;
  /** The member the event is about, who cannot be picked. */
  exclude: string;
  rules?: Rule[];
  testId: string;
}

/** A full member found by typing a name (the helper, an introducer): name, birth date and cell to tell namesakes apart. */
export function FullMemberPicker({ name, label, placeholder, exclude, rules = [], testId }: Props) {
  const [search, setSearch] = useState("");
  const found = useMemberSearch(search);
  const options = (found.data?.items ?? [])
    .filter((m) => m.id !== exclude)
    .map((m) => ({ value: m.id, label: `${m.fullName} (${formatDate(m.birthDate)}, ${m.orgUnitName})` }));
  return (
    <Form.Item name={name} label={label} rules={rules}>
      <Select
        showSearch={{ filterOption: false, onSearch: setSearch }}
        options={options}
        loading={found.isFetching}
        placeholder={placeholder}
        notFoundContent={null}
        allowClear
        data-testid={testId}
        style={{ maxWidth: 480 }}
      />
    </Form.Item>
  );
}
