import type { MemberListItem, MemberPage, Subject, SubjectInput, SubjectType } from "@dangvu/contract";
import { useQuery } from "@tanstack/react-query";
import { Button, Flex, Form, Select } from "antd";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../lib/api";
import { formatDate } from "../../lib/dates";
import { useRequired } from "../../lib/forms";
import { useOrgTree } from "../org/org.api";
import { indexTree, type TreeIndex } from "../org/org-tree.model";
import { UnitPicker } from "../org/unit-picker";

/** The org tree as an index, for the unit pickers of this module's forms. */
export function useTreeIndex(): TreeIndex {
  const tree = useOrgTree();
  return useMemo(() => indexTree(tree.data ?? []), [tree.data]);
}

interface MemberSearchProps {
  value?: string;
  onChange?: (id: string) => void;
  /** Told the whole record picked (its status, its cell). */
  onPick?: (member: MemberListItem | undefined) => void;
  /** The member already chosen elsewhere (the case's subject), shown by name before any search. */
  initial?: { value: string; label: string };
  testId?: string;
}

/** A member on the list (probationary or full) found by typing two letters of the name. */
export function MemberSearch({ value, onChange, onPick, initial, testId }: MemberSearchProps) {
  const { t } = useTranslation();
  const [q, setQ] = useState("");
  const found = useQuery({
    queryKey: ["inspection", "member-search", q],
    queryFn: () => api.get<MemberPage>("/api/members", { q, status: "active", pageSize: 20 }),
    enabled: q.trim().length >= 2,
  });
  const items = found.data?.items ?? [];
  const options = items.map((m) => ({
    value: m.id,
    label: `${m.fullName} (${formatDate(m.birthDate)}, ${m.orgUnitName})`,
  }));
  if (initial && !options.some((o) => o.value === initial.value)) options.unshift(initial);
  return (
    <Select
      value={value}
      onChange={(id: string) => {
        onChange?.(id);
        onPick?.(items.find((m) => m.id === id));
      }}
      showSearch={{ filterOption: false, onSearch: setQ }}
      options={options}
      loading={found.isFetching}
      placeholder={t("inspection.memberPlaceholder")}
      notFoundContent={null}
      data-testid={testId}
      style={{ width: "100%" }}
    />
  );
}

const types: SubjectType[] = ["member", "organisation", "committee_member"];

/** Form values of one subject row; `label` names a member already chosen (a case opened from a letter). */
export type SubjectValue = { type: SubjectType; orgUnitId?: string; memberId?: string; label?: string };

const initialOf = (row: SubjectValue | undefined) =>
  row?.memberId && row.label ? { value: row.memberId, label: row.label } : undefined;

export function toSubjectInputs(values: readonly SubjectValue[] | undefined): SubjectInput[] {
  return (values ?? []).map((s) =>
    s.type === "organisation" ? { type: s.type, orgUnitId: s.orgUnitId } : { type: s.type, memberId: s.memberId },
  );
}

/** A record's subjects as the form's rows (a case opened from a letter or a programme item starts with them). */
export const subjectValues = (subjects: readonly Subject[]): SubjectValue[] =>
  subjects.map((s) =>
    s.memberId
      ? { type: s.type, memberId: s.memberId, label: `${s.memberName} (${s.orgUnitName})` }
      : { type: "organisation", orgUnitId: s.orgUnitId },
  );

/** The subjects of a case, a programme item or a letter: each a member (found by name) or a unit of the tree. */
export function SubjectFields({ index, min = 1 }: { index: TreeIndex; min?: number }) {
  const { t } = useTranslation();
  const required = useRequired();
  return (
    <Form.Item label={t("inspection.subjects")} required={min > 0}>
      <Form.List name="subjects">
        {(fields, { add, remove }) => (
          <Flex vertical gap={8}>
            {fields.map((field) => (
              <Flex key={field.key} gap={8} wrap align="start" data-testid="subject-row">
                <Form.Item name={[field.name, "type"]} noStyle>
                  <Select
                    style={{ width: 150 }}
                    data-testid="subject-type"
                    options={types.map((v) => ({ value: v, label: t(`inspection.subjectTypes.${v}`) }))}
                  />
                </Form.Item>
                <Form.Item noStyle shouldUpdate>
                  {({ getFieldValue }) =>
                    getFieldValue(["subjects", field.name, "type"]) === "organisation" ? (
                      <Form.Item
                        name={[field.name, "orgUnitId"]}
                        rules={[required]}
                        style={{ flex: 1, minWidth: 200, margin: 0 }}
                      >
                        <UnitPicker index={index} testId="subject-unit" />
                      </Form.Item>
                    ) : (
                      <Form.Item
                        name={[field.name, "memberId"]}
                        rules={[required]}
                        style={{ flex: 1, minWidth: 200, margin: 0 }}
                      >
                        <MemberSearch
                          testId="subject-member"
                          initial={initialOf(getFieldValue(["subjects", field.name]))}
                        />
                      </Form.Item>
                    )
                  }
                </Form.Item>
                {fields.length > min && (
                  <Button onClick={() => remove(field.name)}>{t("inspection.removeSubject")}</Button>
                )}
              </Flex>
            ))}
            <Button type="dashed" onClick={() => add({ type: "member" })} data-testid="subject-add">
              {t("inspection.addSubject")}
            </Button>
          </Flex>
        )}
      </Form.List>
    </Form.Item>
  );
}
