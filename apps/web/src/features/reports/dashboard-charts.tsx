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
          <MemberBars
            items={units
              .map((c) => ({ id: c.orgUnitId, label: c.name, value: c.members }))
              .sort((a, b) => (b.value ?? 0) - (a.value ?? 0))}
          />
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

/**
 * One bar per unit, the largest first: the name beside its bar (above it on a phone, where it wraps) in the page's
 * own type, the bar an SVG as long as the unit's share of the largest figure, the figure after it.
 */
function MemberBars({ items }: { items: { id: string; label: string; value: number | null }[] }) {
  const bars = barsOf(items);
  return (
    <ul data-testid="chart-members" className="dashboard-bars">
      {bars.map((bar) => (
        <li key={bar.id} className="dashboard-bar" data-testid="chart-bar" data-value={bar.value}>
          <div className="dashboard-bar-label">{bar.label}</div>
          <div className="dashboard-bar-line">
            <svg width={`${Math.max(bar.share * 85, bar.value > 0 ? 1 : 0)}%`} height="16" aria-hidden="true">
              <rect width="100%" height="16" rx="3" fill="#c62828" />
            </svg>
            <span>{bar.value.toLocaleString("vi-VN")}</span>
          </div>
        </li>
      ))}
    </ul>
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
          <text x={left - 6} y={yOf(tick) + 4} fontSize={12} textAnchor="end" fill="#8c8c8c">
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
              <text x={x + slot * 0.35} y={yOf(bar.value) - 4} fontSize={12} textAnchor="middle" fill="#262626">
                {bar.value}
              </text>
            )}
            <text x={x + slot * 0.35} y={plotTop + plotHeight + 16} fontSize={12} textAnchor="middle" fill="#595959">
              {bar.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
