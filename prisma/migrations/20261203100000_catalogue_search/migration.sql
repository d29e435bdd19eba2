-- Catalogue search (aanbod): typo tolerance on title words and indexes for the public list.

-- Every distinct word (5+ letters, no digits) that occurs in an offering title, lower-cased. A search
-- word that is not a title word is matched against these by trigram similarity, and the close ones
-- (edit distance 1-2, checked in code) are added to the full-text query (decision 0010).
CREATE TABLE "offering_title_words" (
    "word" TEXT NOT NULL,
    CONSTRAINT "offering_title_words_pkey" PRIMARY KEY ("word")
);
CREATE INDEX "offering_title_words_word_trgm_idx" ON "offering_title_words" USING GIN ("word" gin_trgm_ops);

CREATE FUNCTION "offering_title_words_collect"(title TEXT) RETURNS SETOF TEXT
LANGUAGE sql IMMUTABLE AS $$
    SELECT DISTINCT word
    FROM regexp_split_to_table(lower(title), '[^[:alpha:]]+') AS word
    WHERE char_length(word) >= 5
$$;

-- Insert-only: a word left behind by an edited title only widens a query with a term that finds nothing.
CREATE FUNCTION "offering_title_words_sync"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "offering_title_words" ("word")
    SELECT "offering_title_words_collect"(NEW."title")
    ON CONFLICT DO NOTHING;
    RETURN NEW;
END
$$;

CREATE TRIGGER "offerings_title_words_sync"
AFTER INSERT OR UPDATE OF "title" ON "offerings"
FOR EACH ROW EXECUTE FUNCTION "offering_title_words_sync"();

INSERT INTO "offering_title_words" ("word")
SELECT DISTINCT "offering_title_words_collect"("title") FROM "offerings"
ON CONFLICT DO NOTHING;

-- The public list only ever reads published offerings: partial indexes for its sorts.
CREATE INDEX "offerings_published_newest_idx" ON "offerings" ("published_at" DESC, "id") WHERE "status" = 'published';
CREATE INDEX "offerings_published_start_idx" ON "offerings" ("start_date", "id") WHERE "status" = 'published';
