-- What the gaps (lacunes) count of a learning question that was deleted, by its asker or by the
-- retention job: themes, scale, verdict and month. Nothing about who asked or what they wrote.
CREATE TABLE "anonymous_question_demand" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "themes" TEXT[] NOT NULL CHECK (cardinality("themes") >= 1),
    "scale" TEXT NOT NULL CHECK ("scale" IN ('local', 'regional', 'national')),
    "verdict" TEXT CHECK ("verdict" IN ('join-existing', 'parallel-network', 'new-network')),
    -- The first day of the month (Europe/Amsterdam) the question was asked.
    "asked_month" DATE NOT NULL,
    "removed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "anonymous_question_demand_pkey" PRIMARY KEY ("id")
);

CREATE INDEX "anonymous_question_demand_asked_month_idx" ON "anonymous_question_demand" ("asked_month");

-- The retention job finds handled items by status and last change.
CREATE INDEX "learning_questions_status_updated_at_idx" ON "learning_questions" ("status", "updated_at");
CREATE INDEX "contact_messages_status_updated_at_idx" ON "contact_messages" ("status", "updated_at");
