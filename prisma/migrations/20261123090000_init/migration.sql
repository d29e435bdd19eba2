-- WijkWijzer Leernetwerk: initial schema. Must agree with prisma/schema.prisma.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Enums (internal state machines)
CREATE TYPE "offering_status" AS ENUM ('draft', 'submitted', 'published', 'archived');
CREATE TYPE "triage_status" AS ENUM ('new', 'in_progress', 'matched', 'referred', 'new_network', 'done', 'rejected');
CREATE TYPE "plan_route" AS ENUM ('light', 'full');
CREATE TYPE "plan_status" AS ENUM ('in_progress', 'finished');
CREATE TYPE "user_role" AS ENUM ('coordinator', 'admin');
CREATE TYPE "email_status" AS ENUM ('queued', 'sending', 'sent', 'failed');

-- Reference data
CREATE TABLE "themes" (
    "id" TEXT NOT NULL,
    "name_nl" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "description_nl" TEXT NOT NULL,
    "description_en" TEXT NOT NULL,
    "is_gap_theme" BOOLEAN NOT NULL DEFAULT false,
    "domain" TEXT NOT NULL,
    "related_theme_ids" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "themes_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "learning_form_categories" (
    "id" TEXT NOT NULL,
    "name_nl" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "intensity" TEXT NOT NULL CHECK ("intensity" IN ('light', 'intensive', 'system')),
    "description_nl" TEXT NOT NULL,
    "description_en" TEXT NOT NULL,
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "learning_form_categories_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "learning_forms" (
    "id" TEXT NOT NULL,
    "category_id" TEXT NOT NULL,
    "intensity" TEXT NOT NULL CHECK ("intensity" IN ('light', 'intensive', 'system')),
    "name_nl" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "goal_nl" TEXT NOT NULL,
    "goal_en" TEXT NOT NULL,
    "description_nl" TEXT NOT NULL,
    "description_en" TEXT NOT NULL,
    "learning_levels" TEXT[] NOT NULL CHECK ("learning_levels" <@ ARRAY['horizontal', 'vertical']::TEXT[]),
    "disciplinarity" TEXT[] NOT NULL CHECK ("disciplinarity" <@ ARRAY['mono', 'multi', 'inter']::TEXT[]),
    "scales" TEXT[] NOT NULL CHECK ("scales" <@ ARRAY['local', 'regional', 'national', 'organisation']::TEXT[]),
    "sort_order" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "learning_forms_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "setup_phases" (
    "id" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "name_nl" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "description_nl" TEXT NOT NULL,
    "description_en" TEXT NOT NULL,
    CONSTRAINT "setup_phases_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "setup_steps" (
    "id" TEXT NOT NULL,
    "route" TEXT NOT NULL CHECK ("route" IN ('full', 'light')),
    "number" INTEGER NOT NULL,
    "phase_id" TEXT,
    "key_word" TEXT,
    "title_nl" TEXT NOT NULL,
    "title_en" TEXT NOT NULL,
    "guiding_questions_nl" TEXT[] NOT NULL,
    "guiding_questions_en" TEXT[] NOT NULL,
    "guidance_nl" TEXT[] NOT NULL,
    "guidance_en" TEXT[] NOT NULL,
    "rules_of_thumb" JSONB,
    CONSTRAINT "setup_steps_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "support_levels" (
    "id" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "name_nl" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "description_nl" TEXT NOT NULL,
    "description_en" TEXT NOT NULL,
    CONSTRAINT "support_levels_pkey" PRIMARY KEY ("id")
);

-- Catalogue
CREATE TABLE "organisations" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "description_nl" TEXT,
    "url" TEXT,
    "scales" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[] NOT NULL CHECK ("scales" <@ ARRAY['local', 'regional', 'national', 'organisation']::TEXT[]),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "organisations_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "offerings" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "description" TEXT,
    "provider" TEXT,
    "organisation_id" UUID,
    "learning_form_id" TEXT NOT NULL,
    "themes" TEXT[] NOT NULL CHECK (cardinality("themes") >= 1),
    "scales" TEXT[] NOT NULL CHECK ("scales" <@ ARRAY['local', 'regional', 'national', 'organisation']::TEXT[]),
    "provinces" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[] NOT NULL CHECK ("provinces" <@ ARRAY['groningen', 'friesland', 'drenthe', 'overijssel', 'flevoland', 'gelderland', 'utrecht', 'noord-holland', 'zuid-holland', 'zeeland', 'noord-brabant', 'limburg']::TEXT[]),
    "municipalities" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "target_groups" TEXT[] NOT NULL CHECK ("target_groups" <@ ARRAY['policy-makers', 'professionals', 'residents', 'administrators', 'researchers', 'educators']::TEXT[]),
    "sectors" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "levels" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[] NOT NULL CHECK ("levels" <@ ARRAY['horizontal', 'vertical']::TEXT[]),
    "disciplinarity" TEXT CHECK ("disciplinarity" IN ('mono', 'multi', 'inter')),
    "open_to_join" BOOLEAN NOT NULL,
    "capacity" INTEGER CHECK ("capacity" > 0),
    "participants" INTEGER CHECK ("participants" >= 0),
    "start_date" DATE,
    "end_date" DATE,
    "cadence" TEXT,
    "contact_name" TEXT,
    "contact_email" TEXT,
    "url" TEXT,
    "status" "offering_status" NOT NULL DEFAULT 'draft',
    "last_reviewed_at" TIMESTAMPTZ(3),
    "published_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "version" INTEGER NOT NULL DEFAULT 1,
    "search" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('dutch'::regconfig, coalesce("title", '')), 'A') ||
        setweight(to_tsvector('dutch'::regconfig, coalesce("summary", '')), 'B') ||
        setweight(to_tsvector('dutch'::regconfig, coalesce("description", '')), 'C') ||
        setweight(to_tsvector('dutch'::regconfig, coalesce("provider", '')), 'D')
    ) STORED,
    CONSTRAINT "offerings_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "offerings_dates_check" CHECK ("end_date" IS NULL OR "start_date" IS NULL OR "end_date" >= "start_date")
);

CREATE TABLE "offering_submissions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "offering_id" UUID NOT NULL,
    "network_plan_id" UUID,
    "submitter_name" TEXT NOT NULL,
    "submitter_email" TEXT NOT NULL,
    "submitter_organisation" TEXT,
    "message" TEXT,
    "status" "triage_status" NOT NULL DEFAULT 'new',
    "rejection_reason" TEXT,
    "assignee_id" UUID,
    "first_response_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "offering_submissions_pkey" PRIMARY KEY ("id")
);

-- Matchmaking
CREATE TABLE "learning_questions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "token" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "themes" TEXT[] NOT NULL CHECK (cardinality("themes") >= 1),
    "urgency" TEXT,
    "target_groups" TEXT[] NOT NULL CHECK ("target_groups" <@ ARRAY['policy-makers', 'professionals', 'residents', 'administrators', 'researchers', 'educators']::TEXT[]),
    "perspectives" TEXT,
    "sectors" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "levels" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[] NOT NULL CHECK ("levels" <@ ARRAY['horizontal', 'vertical']::TEXT[]),
    "disciplinarity" TEXT CHECK ("disciplinarity" IN ('mono', 'multi', 'inter')),
    "group_size" INTEGER CHECK ("group_size" > 0),
    "learning_goal" TEXT CHECK ("learning_goal" IN ('inspiration', 'reflection', 'improvement', 'innovation', 'research', 'system-change')),
    "preferred_forms" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "intensity" TEXT CHECK ("intensity" IN ('light', 'intensive', 'system')),
    "time_available" TEXT,
    "scale" TEXT NOT NULL CHECK ("scale" IN ('local', 'regional', 'national')),
    "province" TEXT CHECK ("province" IN ('groningen', 'friesland', 'drenthe', 'overijssel', 'flevoland', 'gelderland', 'utrecht', 'noord-holland', 'zuid-holland', 'zeeland', 'noord-brabant', 'limburg')),
    "municipality" TEXT,
    "start_from" DATE,
    "duration" TEXT,
    "asker_type" TEXT,
    "organisation" TEXT,
    "contact_name" TEXT NOT NULL,
    "contact_email" TEXT NOT NULL,
    "consent_contact" BOOLEAN NOT NULL,
    "consent_connect" BOOLEAN NOT NULL DEFAULT false,
    "locale" TEXT NOT NULL DEFAULT 'nl',
    "verdict" TEXT CHECK ("verdict" IN ('join-existing', 'parallel-network', 'new-network')),
    "recommended_forms" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "status" "triage_status" NOT NULL DEFAULT 'new',
    "assignee_id" UUID,
    "first_response_at" TIMESTAMPTZ(3),
    "response_text" TEXT,
    "responded_at" TIMESTAMPTZ(3),
    "rejection_reason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "search" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('dutch'::regconfig, coalesce("question", '')), 'A') ||
        setweight(to_tsvector('dutch'::regconfig, coalesce("urgency", '')), 'B') ||
        setweight(to_tsvector('dutch'::regconfig, coalesce("perspectives", '')), 'C')
    ) STORED,
    CONSTRAINT "learning_questions_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "match_results" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "learning_question_id" UUID NOT NULL,
    "offering_id" UUID NOT NULL,
    "rank" INTEGER NOT NULL,
    "score" DOUBLE PRECISION NOT NULL CHECK ("score" >= 0 AND "score" <= 1),
    "checks" JSONB NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'engine' CHECK ("source" IN ('engine', 'coordinator')),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "match_results_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "question_links" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "question_id" UUID NOT NULL,
    "related_question_id" UUID NOT NULL,
    "linked_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "question_links_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "question_links_distinct_check" CHECK ("question_id" <> "related_question_id")
);

-- Setting up a new learning network
CREATE TABLE "network_plans" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "token" TEXT NOT NULL,
    "route" "plan_route" NOT NULL,
    "title" TEXT,
    "answers" JSONB NOT NULL DEFAULT '{}',
    "chosen_form_id" TEXT,
    "learning_question_id" UUID,
    "contact_name" TEXT,
    "contact_email" TEXT,
    "current_step" INTEGER NOT NULL DEFAULT 1,
    "status" "plan_status" NOT NULL DEFAULT 'in_progress',
    "locale" TEXT NOT NULL DEFAULT 'nl',
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    CONSTRAINT "network_plans_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "support_requests" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "network_plan_id" UUID NOT NULL,
    "support_level_id" TEXT NOT NULL,
    "message" TEXT,
    "contact_name" TEXT NOT NULL,
    "contact_email" TEXT NOT NULL,
    "organisation" TEXT,
    "status" "triage_status" NOT NULL DEFAULT 'new',
    "rejection_reason" TEXT,
    "assignee_id" UUID,
    "first_response_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "support_requests_pkey" PRIMARY KEY ("id")
);

-- Contact
CREATE TABLE "contact_messages" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "organisation" TEXT,
    "subject" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'nl',
    "status" "triage_status" NOT NULL DEFAULT 'new',
    "rejection_reason" TEXT,
    "assignee_id" UUID,
    "first_response_at" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "contact_messages_pkey" PRIMARY KEY ("id")
);

-- Coordination team
CREATE TABLE "users" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL CHECK ("email" = lower("email")),
    "name" TEXT NOT NULL,
    "password_hash" TEXT,
    "role" "user_role" NOT NULL DEFAULT 'coordinator',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "totp_secret" TEXT,
    "totp_enabled_at" TIMESTAMPTZ(3),
    "session_version" INTEGER NOT NULL DEFAULT 0,
    "digest_enabled" BOOLEAN NOT NULL DEFAULT true,
    "inbox_filters" JSONB,
    "last_sign_in_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "auth_tokens" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" UUID NOT NULL,
    "purpose" TEXT NOT NULL CHECK ("purpose" IN ('invite', 'reset')),
    "token_hash" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "auth_tokens_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "app_settings" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "app_settings_pkey" PRIMARY KEY ("key")
);

CREATE TABLE "internal_notes" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "item_type" TEXT NOT NULL,
    "item_id" UUID NOT NULL,
    "author_id" UUID,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "internal_notes_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "audit_events" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actor_id" UUID,
    "actor_label" TEXT,
    "item_type" TEXT NOT NULL,
    "item_id" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "changes" JSONB,
    CONSTRAINT "audit_events_pkey" PRIMARY KEY ("id")
);

-- E-mail, following, rate limits
CREATE TABLE "outbound_emails" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "template" TEXT NOT NULL,
    "status" "email_status" NOT NULL DEFAULT 'queued',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "next_attempt_at" TIMESTAMPTZ(3),
    "item_type" TEXT,
    "item_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),
    CONSTRAINT "outbound_emails_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "search_subscriptions" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "email" TEXT NOT NULL,
    "filters" JSONB NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'nl',
    "confirm_token" TEXT NOT NULL,
    "confirmed_at" TIMESTAMPTZ(3),
    "unsubscribe_token" TEXT NOT NULL,
    "last_digest_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "search_subscriptions_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "rate_limit_buckets" (
    "key" TEXT NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "rate_limit_buckets_pkey" PRIMARY KEY ("key", "window_start")
);

-- Unique indexes (Prisma's names)
CREATE UNIQUE INDEX "setup_phases_number_key" ON "setup_phases"("number");
CREATE UNIQUE INDEX "setup_steps_route_number_key" ON "setup_steps"("route", "number");
CREATE UNIQUE INDEX "support_levels_level_key" ON "support_levels"("level");
CREATE UNIQUE INDEX "organisations_slug_key" ON "organisations"("slug");
CREATE UNIQUE INDEX "offerings_slug_key" ON "offerings"("slug");
CREATE UNIQUE INDEX "offering_submissions_offering_id_key" ON "offering_submissions"("offering_id");
CREATE UNIQUE INDEX "learning_questions_token_key" ON "learning_questions"("token");
CREATE UNIQUE INDEX "match_results_learning_question_id_offering_id_key" ON "match_results"("learning_question_id", "offering_id");
CREATE UNIQUE INDEX "question_links_question_id_related_question_id_key" ON "question_links"("question_id", "related_question_id");
CREATE UNIQUE INDEX "network_plans_token_key" ON "network_plans"("token");
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");
CREATE UNIQUE INDEX "auth_tokens_token_hash_key" ON "auth_tokens"("token_hash");
CREATE UNIQUE INDEX "search_subscriptions_confirm_token_key" ON "search_subscriptions"("confirm_token");
CREATE UNIQUE INDEX "search_subscriptions_unsubscribe_token_key" ON "search_subscriptions"("unsubscribe_token");

-- Indexes declared in schema.prisma
CREATE INDEX "offerings_status_published_at_idx" ON "offerings"("status", "published_at");
CREATE INDEX "offerings_learning_form_id_idx" ON "offerings"("learning_form_id");
CREATE INDEX "offering_submissions_status_created_at_idx" ON "offering_submissions"("status", "created_at");
CREATE INDEX "learning_questions_status_created_at_idx" ON "learning_questions"("status", "created_at");
CREATE INDEX "support_requests_status_created_at_idx" ON "support_requests"("status", "created_at");
CREATE INDEX "contact_messages_status_created_at_idx" ON "contact_messages"("status", "created_at");
CREATE INDEX "internal_notes_item_type_item_id_created_at_idx" ON "internal_notes"("item_type", "item_id", "created_at");
CREATE INDEX "audit_events_item_type_item_id_at_idx" ON "audit_events"("item_type", "item_id", "at");
CREATE INDEX "audit_events_at_idx" ON "audit_events"("at");
CREATE INDEX "outbound_emails_status_created_at_idx" ON "outbound_emails"("status", "created_at");
CREATE INDEX "rate_limit_buckets_window_start_idx" ON "rate_limit_buckets"("window_start");

-- Search indexes (not expressible in schema.prisma): Dutch full-text, typo-tolerant titles, array filters
CREATE INDEX "offerings_search_idx" ON "offerings" USING GIN ("search");
CREATE INDEX "offerings_title_trgm_idx" ON "offerings" USING GIN ("title" gin_trgm_ops);
CREATE INDEX "offerings_themes_idx" ON "offerings" USING GIN ("themes");
CREATE INDEX "offerings_scales_idx" ON "offerings" USING GIN ("scales");
CREATE INDEX "offerings_provinces_idx" ON "offerings" USING GIN ("provinces");
CREATE INDEX "offerings_target_groups_idx" ON "offerings" USING GIN ("target_groups");
CREATE INDEX "learning_questions_search_idx" ON "learning_questions" USING GIN ("search");
CREATE INDEX "learning_questions_themes_idx" ON "learning_questions" USING GIN ("themes");

-- Foreign keys
ALTER TABLE "learning_forms" ADD CONSTRAINT "learning_forms_category_id_fkey" FOREIGN KEY ("category_id") REFERENCES "learning_form_categories"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "setup_steps" ADD CONSTRAINT "setup_steps_phase_id_fkey" FOREIGN KEY ("phase_id") REFERENCES "setup_phases"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "offerings" ADD CONSTRAINT "offerings_organisation_id_fkey" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "offerings" ADD CONSTRAINT "offerings_learning_form_id_fkey" FOREIGN KEY ("learning_form_id") REFERENCES "learning_forms"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "offering_submissions" ADD CONSTRAINT "offering_submissions_offering_id_fkey" FOREIGN KEY ("offering_id") REFERENCES "offerings"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "offering_submissions" ADD CONSTRAINT "offering_submissions_network_plan_id_fkey" FOREIGN KEY ("network_plan_id") REFERENCES "network_plans"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "offering_submissions" ADD CONSTRAINT "offering_submissions_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "learning_questions" ADD CONSTRAINT "learning_questions_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "match_results" ADD CONSTRAINT "match_results_learning_question_id_fkey" FOREIGN KEY ("learning_question_id") REFERENCES "learning_questions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "match_results" ADD CONSTRAINT "match_results_offering_id_fkey" FOREIGN KEY ("offering_id") REFERENCES "offerings"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "question_links" ADD CONSTRAINT "question_links_question_id_fkey" FOREIGN KEY ("question_id") REFERENCES "learning_questions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "question_links" ADD CONSTRAINT "question_links_related_question_id_fkey" FOREIGN KEY ("related_question_id") REFERENCES "learning_questions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "question_links" ADD CONSTRAINT "question_links_linked_by_id_fkey" FOREIGN KEY ("linked_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "network_plans" ADD CONSTRAINT "network_plans_chosen_form_id_fkey" FOREIGN KEY ("chosen_form_id") REFERENCES "learning_forms"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "network_plans" ADD CONSTRAINT "network_plans_learning_question_id_fkey" FOREIGN KEY ("learning_question_id") REFERENCES "learning_questions"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_network_plan_id_fkey" FOREIGN KEY ("network_plan_id") REFERENCES "network_plans"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_support_level_id_fkey" FOREIGN KEY ("support_level_id") REFERENCES "support_levels"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "support_requests" ADD CONSTRAINT "support_requests_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "contact_messages" ADD CONSTRAINT "contact_messages_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "auth_tokens" ADD CONSTRAINT "auth_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "internal_notes" ADD CONSTRAINT "internal_notes_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
