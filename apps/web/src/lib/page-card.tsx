import { Card, type CardProps, Flex } from "antd";
import type { ReactNode } from "react";

type PageCardProps = Omit<CardProps, "actions" | "extra"> & {
  /** The page's buttons, in the card's head next to the title. */
  actions?: ReactNode;
};

/**
 * The card a page sits in, with its title and its buttons in the head. On a narrow screen the buttons wrap under the
 * title instead of being cut off, and the card gives its padding to the content (app/layout.css).
 */
export function PageCard({ actions, className, ...props }: PageCardProps) {
  return (
    <Card
      {...props}
      className={["page-card", className].filter(Boolean).join(" ")}
      extra={
        actions ? (
          <Flex gap={8} wrap justify="flex-end" className="no-print">
            {actions}
          </Flex>
        ) : undefined
      }
    />
  );
}
