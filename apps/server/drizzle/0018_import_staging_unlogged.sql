-- The import staging table is scratch space: its rows live for one import and need no WAL (faster writes; lost on a crash, which only fails the import that was running).
ALTER TABLE "member_import_rows" SET UNLOGGED;
