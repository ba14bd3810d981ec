import type { OrgUnitType } from "@dangvu/contract";
import { Tag } from "antd";
import { useTranslation } from "react-i18next";

const colors: Record<OrgUnitType, string> = {
  provincial_committee: "magenta",
  upper_committee: "red",
  grassroots_committee: "volcano",
  grassroots_cell: "orange",
  sub_committee: "gold",
  cell: "blue",
  party_group: "cyan",
};

/** The unit's type in words, as a small coloured tag. */
export function UnitTypeTag({ type, small = false }: { type: OrgUnitType; small?: boolean }) {
  const { t } = useTranslation();
  return (
    <Tag
      color={colors[type]}
      style={small ? { fontSize: 12, lineHeight: "18px", marginInlineEnd: 0, paddingInline: 5 } : undefined}
    >
      {t(`unitType.${type}`)}
    </Tag>
  );
}
