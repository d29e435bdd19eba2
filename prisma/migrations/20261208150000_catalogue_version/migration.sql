-- The catalogue's version: one number that goes up with every committed change to offerings (insert,
-- update, delete, truncate), whoever makes it (import, team edit, submission, seed). An app instance
-- that keeps a search index of the published catalogue in memory compares it with this number on
-- every search and answers from PostgreSQL until its index is rebuilt (decision 0130).
CREATE TABLE "catalogue_version" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" BIGINT NOT NULL DEFAULT 1,
    CONSTRAINT "catalogue_version_pkey" PRIMARY KEY ("id")
);
INSERT INTO "catalogue_version" ("id", "version") VALUES (1, 1);

-- Once per transaction: the row triggers are deferred to commit, so the version row is locked only
-- for the moment of the commit (a long import does not hold up a team edit, and no lock order
-- between offerings and this row can deadlock). The transaction-local setting skips the other rows.
CREATE FUNCTION "catalogue_version_bump"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('wijkwijzer.catalogue_bumped', true) IS DISTINCT FROM txid_current()::text THEN
        PERFORM set_config('wijkwijzer.catalogue_bumped', txid_current()::text, true);
        UPDATE "catalogue_version" SET "version" = "version" + 1 WHERE "id" = 1;
        PERFORM pg_notify('catalogue_changed', '');
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER "offerings_catalogue_version"
AFTER INSERT OR UPDATE OR DELETE ON "offerings"
DEFERRABLE INITIALLY DEFERRED
FOR EACH ROW EXECUTE FUNCTION "catalogue_version_bump"();

CREATE TRIGGER "offerings_catalogue_version_truncate"
AFTER TRUNCATE ON "offerings"
FOR EACH STATEMENT EXECUTE FUNCTION "catalogue_version_bump"();
