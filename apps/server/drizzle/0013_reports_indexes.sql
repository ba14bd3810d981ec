CREATE INDEX "member_events_unit_idx" ON "member_events" USING btree ("org_unit_id","kind","occurred_on");--> statement-breakpoint
CREATE INDEX "transfers_closed_idx" ON "transfers" USING btree ("closed_on");--> statement-breakpoint
CREATE INDEX "org_unit_versions_parent_history_idx" ON "org_unit_versions" USING btree ("parent_id","valid_from");