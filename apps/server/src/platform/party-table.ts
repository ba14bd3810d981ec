import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlign,
  WidthType,
} from "docx";
import { partyFormat, text } from "./party-document";

/** The width of the text between the margins, portrait and landscape, in twips. */
export const textWidth = {
  portrait: partyFormat.page.width - partyFormat.margin.left - partyFormat.margin.right,
  landscape: partyFormat.page.height - partyFormat.margin.left - partyFormat.margin.right,
} as const;

/** A column of a bordered table: its header, its width in twips, how its cells are aligned. */
export interface TableColumn {
  header: string;
  width: number;
  align?: "left" | "center" | "right";
}

/** A cell of a bordered table: its text, bold for a total, indented by level (a part of a part). */
export interface TableText {
  text: string;
  bold?: boolean;
  level?: number;
}

const thin = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const thinBorders = { top: thin, bottom: thin, left: thin, right: thin };
const alignments = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/**
 * A table with thin borders (document-format.md §2.3: tables bordered, numbers right-aligned): a bold header row
 * repeated on every page, then the rows; `size` in half-points (13 pt unless told).
 */
export function borderedTable(columns: TableColumn[], rows: (string | TableText)[][], size = 26): Table {
  const cell = (column: TableColumn, value: string | TableText, header: boolean) => {
    const content = typeof value === "string" ? { text: value } : value;
    return new TableCell({
      width: { size: column.width, type: WidthType.DXA },
      borders: thinBorders,
      verticalAlign: VerticalAlign.CENTER,
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: content.text.split("\n").map(
        (line) =>
          new Paragraph({
            alignment: header ? AlignmentType.CENTER : alignments[column.align ?? "left"],
            indent: content.level ? { left: 284 * content.level } : undefined,
            children: [text(line, { bold: header || content.bold, size })],
          }),
      ),
    });
  };
  return new Table({
    width: { size: columns.reduce((sum, c) => sum + c.width, 0), type: WidthType.DXA },
    columnWidths: columns.map((c) => c.width),
    layout: TableLayoutType.FIXED,
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c) => cell(c, c.header, true)) }),
      ...rows.map(
        (row) => new TableRow({ cantSplit: true, children: columns.map((c, i) => cell(c, row[i] ?? "", false)) }),
      ),
    ],
  });
}
