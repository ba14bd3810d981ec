import type { ReportDetail, ReportParams } from "@dangvu/contract";
import { useCallback, useEffect, useRef, useState } from "react";
import { isApiError } from "../../lib/api";
import { patchReport, useSetReport } from "./reports.api";
import { indicatorOfField, isEmptyChange, mergeChanges, type PendingChanges } from "./reports.model";

export type SaveState = "idle" | "dirty" | "saving" | "saved" | "failed" | "stale";

/** How long typing may pause before the edits are sent. */
const debounceMs = 700;

export interface Autosave {
  state: SaveState;
  /** Messages of the server by figure (a broken validation rule names `entered.<id>`). */
  fieldErrors: Record<string, string>;
  /** A message about the report as a whole (a rule over `values`, a network failure). */
  error: string | null;
  /** Queues edits of entered figures or narrative sections; they leave after a pause in typing. */
  change(changes: PendingChanges): void;
  /** Sends what waits now and resolves once the server has it (before a step such as submitting). */
  saveNow(): Promise<boolean>;
  /** The version the next request must carry (kept in step with every answer). */
  version(): number;
  /** Shows a step's refusal on the figures it names; returns the message for the whole report. */
  showError(error: unknown): string | null;
}

/**
 * Autosave of a draft report: edits are merged while a request is out, sent one PATCH at a time with the version of
 * the last answer, and the answer becomes the report on screen. A 409 stops saving until the user reloads; a 422
 * shows its message beside the figure and keeps the edits, sent again with the next one.
 */
export function useAutosave(params: ReportParams, detail: ReportDetail | undefined): Autosave {
  const setReport = useSetReport(params);
  const [state, setState] = useState<SaveState>("idle");
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const versionRef = useRef(detail?.version ?? 0);
  const waiting = useRef<PendingChanges>({});
  const running = useRef<Promise<boolean> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const stale = useRef(false);
  const indicators = useRef(new Set<string>());
  indicators.current = new Set(detail?.values.map((v) => v.indicator) ?? []);

  // A report read again (a reload, a step's answer) carries the version to continue from, unless a save is out.
  useEffect(() => {
    if (detail && !running.current) versionRef.current = detail.version;
  }, [detail]);

  const showError = useCallback((caught: unknown): string | null => {
    if (!isApiError(caught)) return caught instanceof Error ? caught.message : String(caught);
    const byFigure: Record<string, string> = {};
    let general: string | null = null;
    for (const [field, message] of Object.entries(caught.fields)) {
      const indicator = indicatorOfField(field, indicators.current);
      if (indicator) byFigure[indicator] = message;
      else general = message;
    }
    setFieldErrors(byFigure);
    return Object.keys(byFigure).length > 0 && !general ? null : (general ?? caught.message);
  }, []);

  const send = useCallback(async (): Promise<boolean> => {
    const changes = waiting.current;
    waiting.current = {};
    setState("saving");
    try {
      const saved = await patchReport(params, { version: versionRef.current, ...changes });
      versionRef.current = saved.version;
      setReport(saved);
      setFieldErrors({});
      setError(null);
      setState(isEmptyChange(waiting.current) ? "saved" : "dirty");
      return true;
    } catch (caught) {
      if (isApiError(caught) && caught.status === 409) {
        stale.current = true;
        setState("stale");
        return false;
      }
      // Kept, and sent again with the next edit (a rule between two figures is mended by changing either).
      waiting.current = mergeChanges(changes, waiting.current);
      setError(showError(caught));
      setState("failed");
      return false;
    }
  }, [params, setReport, showError]);

  const flush = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    if (running.current) await running.current;
    if (stale.current) return false;
    if (isEmptyChange(waiting.current)) return true;
    running.current = send();
    try {
      return await running.current;
    } finally {
      running.current = null;
    }
  }, [send]);

  const change = useCallback(
    (changes: PendingChanges) => {
      if (stale.current) return;
      waiting.current = mergeChanges(waiting.current, changes);
      setState("dirty");
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), debounceMs);
    },
    [flush],
  );

  // Leaving the page sends what is still waiting.
  const latestFlush = useRef(flush);
  latestFlush.current = flush;
  useEffect(
    () => () => {
      if (!isEmptyChange(waiting.current) && !stale.current) void latestFlush.current();
    },
    [],
  );

  return { state, fieldErrors, error, change, saveNow: flush, version: () => versionRef.current, showError };
}
