-- Knowledge base (kennisbank, function 4 of the advice): what networks learned, made findable, the
-- proposals of knowledge products that come into the coordination inbox, and the links between
-- offerings (connecting networks). Decisions 0110 (data model and search) and 0111 (files).

CREATE TYPE "knowledge_product_status" AS ENUM ('draft', 'submitted', 'published', 'archived');

CREATE TABLE "knowledge_products" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL CHECK ("slug" ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    "kind" TEXT NOT NULL CHECK ("kind" IN ('practice-example', 'guide', 'report', 'tool', 'video-podcast', 'meeting-results')),
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    -- Plain paragraphs separated by a blank line.
    "body" TEXT,
    "themes" TEXT[] NOT NULL DEFAULT '{}',
    "target_groups" TEXT[] NOT NULL DEFAULT '{}' CHECK ("target_groups" <@ ARRAY['policy-makers', 'professionals', 'residents', 'administrators', 'researchers', 'educators']::TEXT[]),
    "learning_forms" TEXT[] NOT NULL DEFAULT '{}',
    "authors" TEXT,
    "organisation" TEXT,
    "published_on" DATE,
    "language" TEXT NOT NULL DEFAULT 'nl' CHECK ("language" IN ('nl', 'en')),
    "url" TEXT,
    -- The uploaded PDF, stored outside the database (lib/files/): its key in the file store.
    "file_key" TEXT,
    "file_name" TEXT,
    "file_size" INTEGER,
    -- A practice example, after NJi's checklist for good practices.
    "practice_problem" TEXT,
    "practice_audience" TEXT,
    "practice_approach" TEXT,
    "practice_results" TEXT,
    "practice_lessons" TEXT,
    "practice_conditions" TEXT,
    "practice_contact" TEXT,
    "status" "knowledge_product_status" NOT NULL DEFAULT 'draft',
    "published_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    "search" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('dutch'::regconfig, coalesce("title", '')), 'A') ||
        setweight(to_tsvector('dutch'::regconfig, coalesce("summary", '')), 'B') ||
        setweight(to_tsvector('dutch'::regconfig, coalesce("body", '') || ' ' || coalesce("practice_problem", '') || ' ' || coalesce("practice_approach", '') || ' ' || coalesce("practice_results", '') || ' ' || coalesce("practice_lessons", '')), 'C') ||
        setweight(to_tsvector('dutch'::regconfig, coalesce("authors", '') || ' ' || coalesce("organisation", '')), 'D')
    ) STORED,
    CONSTRAINT "knowledge_products_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "knowledge_products_file_check" CHECK (("file_key" IS NULL) = ("file_name" IS NULL) AND ("file_key" IS NULL) = ("file_size" IS NULL))
);
CREATE UNIQUE INDEX "knowledge_products_slug_key" ON "knowledge_products"("slug");
CREATE UNIQUE INDEX "knowledge_products_file_key_key" ON "knowledge_products"("file_key");
CREATE INDEX "knowledge_products_search_idx" ON "knowledge_products" USING GIN ("search");
CREATE INDEX "knowledge_products_themes_idx" ON "knowledge_products" USING GIN ("themes");
CREATE INDEX "knowledge_products_published_idx" ON "knowledge_products" ("published_at" DESC, "id") WHERE "status" = 'published';

-- The offerings (networks) a knowledge product came from or belongs to.
CREATE TABLE "knowledge_product_offerings" (
    "knowledge_product_id" UUID NOT NULL,
    "offering_id" UUID NOT NULL,
    CONSTRAINT "knowledge_product_offerings_pkey" PRIMARY KEY ("knowledge_product_id", "offering_id"),
    CONSTRAINT "knowledge_product_offerings_product_fkey" FOREIGN KEY ("knowledge_product_id") REFERENCES "knowledge_products"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "knowledge_product_offerings_offering_fkey" FOREIGN KEY ("offering_id") REFERENCES "offerings"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "knowledge_product_offerings_offering_idx" ON "knowledge_product_offerings"("offering_id");

-- Typo tolerance on title words, as for offerings (decision 0010): same collecting function.
CREATE TABLE "knowledge_product_title_words" (
    "word" TEXT NOT NULL,
    CONSTRAINT "knowledge_product_title_words_pkey" PRIMARY KEY ("word")
);
CREATE INDEX "knowledge_product_title_words_word_trgm_idx" ON "knowledge_product_title_words" USING GIN ("word" gin_trgm_ops);

CREATE FUNCTION "knowledge_product_title_words_sync"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO "knowledge_product_title_words" ("word")
    SELECT "offering_title_words_collect"(NEW."title")
    ON CONFLICT DO NOTHING;
    RETURN NEW;
END
$$;

CREATE TRIGGER "knowledge_products_title_words_sync"
AFTER INSERT OR UPDATE OF "title" ON "knowledge_products"
FOR EACH ROW EXECUTE FUNCTION "knowledge_product_title_words_sync"();

-- A knowledge product proposed through /kennisbank/voorstellen: an inbox item (triage columns).
CREATE TABLE "knowledge_product_proposals" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "knowledge_product_id" UUID NOT NULL,
    "submitter_name" TEXT NOT NULL,
    "submitter_email" TEXT NOT NULL,
    "submitter_organisation" TEXT,
    "message" TEXT,
    "locale" TEXT NOT NULL DEFAULT 'nl',
    "status" "triage_status" NOT NULL DEFAULT 'new',
    "rejection_reason" TEXT,
    "assignee_id" UUID,
    "first_response_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "knowledge_product_proposals_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "knowledge_product_proposals_product_fkey" FOREIGN KEY ("knowledge_product_id") REFERENCES "knowledge_products"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "knowledge_product_proposals_assignee_fkey" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "knowledge_product_proposals_knowledge_product_id_key" ON "knowledge_product_proposals"("knowledge_product_id");
CREATE INDEX "knowledge_product_proposals_status_created_at_idx" ON "knowledge_product_proposals"("status", "created_at");

-- Connecting networks: the team links two offerings with a reason.
CREATE TABLE "offering_connections" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "from_offering_id" UUID NOT NULL,
    "to_offering_id" UUID NOT NULL,
    "kind" TEXT NOT NULL CHECK ("kind" IN ('same-question-other-region', 'vertical-partner', 'knowledge-partner')),
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "offering_connections_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "offering_connections_not_self" CHECK ("from_offering_id" <> "to_offering_id"),
    CONSTRAINT "offering_connections_from_fkey" FOREIGN KEY ("from_offering_id") REFERENCES "offerings"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "offering_connections_to_fkey" FOREIGN KEY ("to_offering_id") REFERENCES "offerings"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "offering_connections_pair_key" ON "offering_connections"("from_offering_id", "to_offering_id");
CREATE INDEX "offering_connections_to_idx" ON "offering_connections"("to_offering_id");
