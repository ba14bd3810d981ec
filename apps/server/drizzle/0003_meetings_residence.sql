CREATE TABLE "meeting_attendance" (
	"meeting_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"status" text NOT NULL,
	"reason" text,
	"via" text NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "meeting_attendance_meeting_id_member_id_pk" PRIMARY KEY("meeting_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_scores" (
	"meeting_id" uuid PRIMARY KEY NOT NULL,
	"template_id" uuid NOT NULL,
	"points" jsonb NOT NULL,
	"total" integer NOT NULL,
	"level" text NOT NULL,
	"scored_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_tasks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"title" text NOT NULL,
	"owner_member_id" uuid,
	"owner_name" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text NOT NULL,
	"closed_on" date,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_votes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"meeting_id" uuid NOT NULL,
	"subject" text NOT NULL,
	"for_count" integer NOT NULL,
	"against_count" integer NOT NULL,
	"abstain_count" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"org_unit_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"topic" text NOT NULL,
	"scheduled_at" timestamp with time zone NOT NULL,
	"place" text,
	"status" text NOT NULL,
	"agenda" jsonb NOT NULL,
	"chair_name" text,
	"secretary_name" text,
	"discussion" text,
	"conclusions" text,
	"checkin_secret" text NOT NULL,
	"closed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "residence_comment_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"member_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"requested_on" date NOT NULL,
	"due_on" date NOT NULL,
	"token_hash" text,
	"expires_at" timestamp with time zone,
	"status" text NOT NULL,
	"assessment" text,
	"comment_text" text,
	"signer_name" text,
	"signer_position" text,
	"received_on" date,
	"via" text,
	"scan_file_name" text,
	"scan_content" "bytea"
);
--> statement-breakpoint
CREATE TABLE "residence_registrations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"member_id" uuid NOT NULL,
	"address" text NOT NULL,
	"residence_org_name" text NOT NULL,
	"registered_on" date NOT NULL,
	"case" text NOT NULL,
	"ended_on" date,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "scoring_templates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"valid_from" date NOT NULL,
	"criteria" jsonb NOT NULL,
	"levels" jsonb NOT NULL,
	"source" text
);
--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendance" ADD CONSTRAINT "meeting_attendance_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_documents" ADD CONSTRAINT "meeting_documents_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_scores" ADD CONSTRAINT "meeting_scores_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_scores" ADD CONSTRAINT "meeting_scores_template_id_scoring_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."scoring_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_tasks" ADD CONSTRAINT "meeting_tasks_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_tasks" ADD CONSTRAINT "meeting_tasks_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_tasks" ADD CONSTRAINT "meeting_tasks_owner_member_id_members_id_fk" FOREIGN KEY ("owner_member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_votes" ADD CONSTRAINT "meeting_votes_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "residence_comment_requests" ADD CONSTRAINT "residence_comment_requests_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "residence_comment_requests" ADD CONSTRAINT "residence_comment_requests_registration_id_residence_registrations_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."residence_registrations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "residence_registrations" ADD CONSTRAINT "residence_registrations_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "meeting_tasks_unit_idx" ON "meeting_tasks" USING btree ("org_unit_id","status");--> statement-breakpoint
CREATE INDEX "meetings_unit_idx" ON "meetings" USING btree ("org_unit_id","scheduled_at");--> statement-breakpoint
CREATE UNIQUE INDEX "residence_requests_token_uq" ON "residence_comment_requests" USING btree ("token_hash") WHERE token_hash is not null;--> statement-breakpoint
CREATE INDEX "residence_requests_member_idx" ON "residence_comment_requests" USING btree ("member_id","year");--> statement-breakpoint
CREATE INDEX "residence_registrations_member_idx" ON "residence_registrations" USING btree ("member_id");