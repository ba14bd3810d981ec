import type { DashboardFigure } from "@dangvu/contract";
import { Typography } from "antd";
import { useTranslation } from "react-i18next";
import { currentLanguage } from "../../i18n";
import { changeText, figureText, trendOf } from "./dashboard-model";

/** The key figures as cards: the value, the change from the previous period (▲ ▼ coloured), the previous value. */
export function DashboardFigures({ figures, previousName }: { figures: DashboardFigure[]; previousName: string }) {
  return (
    <div className="dashboard-figures" data-testid="dashboard-figures">
      {figures.map((figure) => (
        <FigureCard key={figure.indicator} figure={figure} previousName={previousName} />
      ))}
    </div>
  );
}

function FigureCard({ figure, previousName }: { figure: DashboardFigure; previousName: string }) {
  const { t } = useTranslation();
  const locale = currentLanguage() === "en" ? "en-GB" : "vi-VN";
  const trend = trendOf(figure.indicator, figure.change);
  const unitWord = figure.unit === "percent" ? ` ${t("reportsDashboard.points")}` : "";
  return (
    <div className="dashboard-figure" data-testid="dashboard-figure" data-indicator={figure.indicator}>
      <div className="dashboard-figure-label">{figure.label}</div>
      <div className="dashboard-figure-value" data-testid="figure-value">
        {figureText(figure.value, figure.unit, locale)}
      </div>
      {trend && figure.change !== null && (
        <div className={`dashboard-trend dashboard-trend-${trend.tone}`} data-testid="figure-change">
          <span aria-hidden="true">{trend.arrow}</span>{" "}
          {figure.change === 0 ? t("reportsDashboard.noChange") : `${changeText(figure.change, locale)}${unitWord}`}
        </div>
      )}
      <Typography.Text type="secondary" className="dashboard-figure-previous">
        {t("reportsDashboard.previous", {
          period: previousName,
          value: figureText(figure.previous, figure.unit, locale),
        })}
      </Typography.Text>
    </div>
  );
}
