-- UNLOGGED: the rate limits' counters are worth no WAL; a crash only restarts their windows (drizzle-kit cannot say it).
CREATE UNLOGGED TABLE "rate_limit_hits" (
	"key" text PRIMARY KEY NOT NULL,
	"count" integer NOT NULL,
	"reset_at" timestamp with time zone NOT NULL
);
