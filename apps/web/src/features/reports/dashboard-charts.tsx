import type { Dashboard } from "@dangvu/contract";
import { Typography } from "antd";
import { useTranslation } from "react-i18next";
import { axisTicks, barsOf } from "./dashboard-model";

/**
 * The dashboard's two charts, drawn as plain SVG (no chart library): members by unit below as horizontal bars, and
 * admissions month by month as columns. Loaded as a chunk of its own (React.lazy in the dashboard page).
 */
export function DashboardCharts({
  units,
  admissions,
  year,
}: {
  units: Dashboard["children"];
  admissions: Dashboard["admissionsByMonth"];
  year: number;
}) {
  const { t } = useTranslation();
  return (
    <div className="dashboard-charts" data-testid="dashboard-charts">
      {units.length > 0 && (
        <figure className="dashboard-chart">
          <Typography.Text strong>{t("reportsDashboard.membersByChild")}</Typography.Text>
          <MemberBars items={units.map((c) => ({ id: c.orgUnitId, label: c.name, value: c.members }))} />
        </figure>
      )}
      <figure className="dashboard-chart">
        <Typography.Text strong>{t("reportsDashboard.admissionsByMonth", { year })}</Typography.Text>
        <MonthColumns
          items={admissions.map((a) => ({
            label: t("reportsDashboard.monthShort", { n: Number(a.month.slice(5)) }),
            value: a.value,
          }))}
        />
      </figure>
    </div>
  );
}

const barHeight = 22;
const gap = 6;

/** One bar per unit, the name above its bar so long names fit on a phone; the bar scales with the largest figure. */
function MemberBars({ items }: { items: { id: string; label: string; value: number | null }[] }) {
  const bars = barsOf(items);
  const row = barHeight + 18 + gap;
  const height = bars.length * row;
  return (
    <svg
      viewBox={`0 0 400 ${height}`}
      width="100%"
      role="img"
      aria-label={bars.map((b) => `${b.label}: ${b.value}`).join("; ")}
      data-testid="chart-members"
      preserveAspectRatio="xMinYMin meet"
    >
      {bars.map((bar, i) => {
        const y = i * row;
        const width = Math.max(bar.share * 340, bar.value > 0 ? 2 : 0);
        return (
          <g key={bar.id} data-testid="chart-bar" data-value={bar.value}>
            <text x={0} y={y + 13} fontSize={12} fill="#595959">
              {bar.label.length > 60 ? `${bar.label.slice(0, 58)}…` : bar.label}
            </text>
            <rect x={0} y={y + 18} width={width} height={barHeight} rx={3} fill="#c62828" />
            <text x={width + 6} y={y + 18 + barHeight / 2 + 4} fontSize={12} fill="#262626">
              {bar.value.toLocaleString("vi-VN")}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** Columns month by month on a round scale, the value above each column. */
function MonthColumns({ items }: { items: { label: string; value: number | null }[] }) {
  const bars = barsOf(items);
  const ticks = axisTicks(Math.max(0, ...bars.map((b) => b.value)));
  const top = ticks.at(-1) ?? 1;
  const [left, plotTop, plotHeight, width] = [28, 16, 140, 400];
  const slot = (width - left) / Math.max(12, bars.length);
  const yOf = (v: number) => plotTop + plotHeight - (v / top) * plotHeight;
  return (
    <svg
      viewBox={`0 0 ${width} ${plotTop + plotHeight + 24}`}
      width="100%"
      role="img"
      aria-label={bars.map((b) => `${b.label}: ${b.value}`).join("; ")}
      data-testid="chart-admissions"
    >
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={left} x2={width} y1={yOf(tick)} y2={yOf(tick)} stroke="#f0f0f0" />
          <text x={left - 6} y={yOf(tick) + 4} fontSize={11} textAnchor="end" fill="#8c8c8c">
            {tick}
          </text>
        </g>
      ))}
      {bars.map((bar, i) => {
        const x = left + i * slot + slot * 0.15;
        const h = (bar.value / top) * plotHeight;
        return (
          <g key={bar.label} data-testid="chart-column" data-value={bar.value}>
            <rect x={x} y={yOf(bar.value)} width={slot * 0.7} height={h} rx={2} fill="#c62828" />
            {bar.value > 0 && (
              <text x={x + slot * 0.35} y={yOf(bar.value) - 4} fontSize={11} textAnchor="middle" fill="#262626">
                {bar.value}
              </text>
            )}
            <text x={x + slot * 0.35} y={plotTop + plotHeight + 16} fontSize={11} textAnchor="middle" fill="#595959">
              {bar.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
