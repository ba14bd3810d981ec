CREATE TABLE "document_numbers" (
	"id" uuid PRIMARY KEY NOT NULL,
	"issuer_unit_id" uuid NOT NULL,
	"type_code" text NOT NULL,
	"term_key" text NOT NULL,
	"term_name" text,
	"number" integer NOT NULL,
	"code" text NOT NULL,
	"issued_on" date NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "meeting_votes" ADD COLUMN "kind" text DEFAULT 'resolution' NOT NULL;--> statement-breakpoint
ALTER TABLE "meetings" ADD COLUMN "end_time" text;--> statement-breakpoint
ALTER TABLE "org_units" ADD COLUMN "locality" text;--> statement-breakpoint
ALTER TABLE "document_numbers" ADD CONSTRAINT "document_numbers_issuer_unit_id_org_units_id_fk" FOREIGN KEY ("issuer_unit_id") REFERENCES "public"."org_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "document_numbers_register_uq" ON "document_numbers" USING btree ("issuer_unit_id","type_code","term_key","number");--> statement-breakpoint
CREATE UNIQUE INDEX "document_numbers_subject_uq" ON "document_numbers" USING btree ("subject_type","subject_id","type_code");