-- Meetings (bijeenkomsten) of an offering or of the coordination team's own programme, the single
-- dates of a series that were moved or cancelled, the dates themselves (expanded from the
-- recurrence, so the database can filter and count them), and meetings proposed by organisers
-- (an inbox item). Decision 0100.
CREATE TABLE "meetings" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    -- NULL: the coordination team's own programme.
    "offering_id" UUID,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    -- The first date (of a series: DTSTART). Stored as an instant, entered and shown in Europe/Amsterdam.
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "online" BOOLEAN NOT NULL DEFAULT false,
    "place" TEXT,
    "municipality" TEXT,
    "province" TEXT,
    "online_url" TEXT,
    "link_visibility" TEXT NOT NULL DEFAULT 'public',
    "learning_form_id" TEXT,
    "themes" TEXT[] NOT NULL,
    "target_groups" TEXT[] NOT NULL DEFAULT '{}',
    "capacity" INTEGER,
    "registration_url" TEXT,
    "registration_email" TEXT,
    "status" TEXT NOT NULL DEFAULT 'scheduled',
    -- RFC 5545 SEQUENCE: raised on every change, so calendars replace their copy.
    "sequence" INTEGER NOT NULL DEFAULT 0,
    -- An RFC 5545 RRULE value (FREQ=WEEKLY;INTERVAL=6;COUNT=8), local to Europe/Amsterdam.
    "recurrence" TEXT,
    -- NULL while a proposed meeting waits in the inbox.
    "published_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "meetings_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "meetings_end_after_start" CHECK ("ends_at" > "starts_at"),
    CONSTRAINT "meetings_status_check" CHECK ("status" IN ('scheduled', 'cancelled')),
    CONSTRAINT "meetings_link_visibility_check" CHECK ("link_visibility" IN ('public', 'registered')),
    CONSTRAINT "meetings_themes_check" CHECK (cardinality("themes") >= 1)
);

CREATE UNIQUE INDEX "meetings_slug_key" ON "meetings" ("slug");
CREATE INDEX "meetings_offering_id_idx" ON "meetings" ("offering_id");
CREATE INDEX "meetings_themes_idx" ON "meetings" USING GIN ("themes");

ALTER TABLE "meetings" ADD CONSTRAINT "meetings_offering_id_fkey" FOREIGN KEY ("offering_id") REFERENCES "offerings"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_learning_form_id_fkey" FOREIGN KEY ("learning_form_id") REFERENCES "learning_forms"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- One date of a series moved (new start and end) or cancelled, named by its original start (RECURRENCE-ID).
CREATE TABLE "meeting_occurrence_overrides" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "meeting_id" UUID NOT NULL,
    "recurrence_id" TIMESTAMPTZ(3) NOT NULL,
    "starts_at" TIMESTAMPTZ(3),
    "ends_at" TIMESTAMPTZ(3),
    "cancelled" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "meeting_occurrence_overrides_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "meeting_occurrence_overrides_moved_or_cancelled" CHECK ("cancelled" OR ("starts_at" IS NOT NULL AND "ends_at" IS NOT NULL AND "ends_at" > "starts_at"))
);

CREATE UNIQUE INDEX "meeting_occurrence_overrides_meeting_id_recurrence_id_key" ON "meeting_occurrence_overrides" ("meeting_id", "recurrence_id");
ALTER TABLE "meeting_occurrence_overrides" ADD CONSTRAINT "meeting_occurrence_overrides_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The dates of every meeting up to the horizon, written from the meeting and its overrides
-- whenever either changes (lib/agenda/write-meeting-occurrences.ts). Derived: never edited by hand.
CREATE TABLE "meeting_occurrences" (
    "meeting_id" UUID NOT NULL,
    "recurrence_id" TIMESTAMPTZ(3) NOT NULL,
    "starts_at" TIMESTAMPTZ(3) NOT NULL,
    "ends_at" TIMESTAMPTZ(3) NOT NULL,
    "cancelled" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "meeting_occurrences_pkey" PRIMARY KEY ("meeting_id", "recurrence_id")
);

CREATE INDEX "meeting_occurrences_ends_at_idx" ON "meeting_occurrences" ("ends_at", "meeting_id");
CREATE INDEX "meeting_occurrences_starts_at_idx" ON "meeting_occurrences" ("starts_at");
ALTER TABLE "meeting_occurrences" ADD CONSTRAINT "meeting_occurrences_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A meeting proposed by its organiser through the public form: an inbox item, published or rejected there.
CREATE TABLE "meeting_proposals" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "meeting_id" UUID NOT NULL,
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
    CONSTRAINT "meeting_proposals_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "meeting_proposals_meeting_id_key" ON "meeting_proposals" ("meeting_id");
CREATE INDEX "meeting_proposals_status_created_at_idx" ON "meeting_proposals" ("status", "created_at");
CREATE INDEX "meeting_proposals_status_updated_at_idx" ON "meeting_proposals" ("status", "updated_at");
ALTER TABLE "meeting_proposals" ADD CONSTRAINT "meeting_proposals_meeting_id_fkey" FOREIGN KEY ("meeting_id") REFERENCES "meetings"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "meeting_proposals" ADD CONSTRAINT "meeting_proposals_assignee_id_fkey" FOREIGN KEY ("assignee_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
