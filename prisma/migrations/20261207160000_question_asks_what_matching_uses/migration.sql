-- The learning question asks only what the matchmaking compares or the coordination team uses.
-- "Time available" and "duration" were free text that nothing compared: no longer asked, not kept.
ALTER TABLE "learning_questions" DROP COLUMN "time_available";
ALTER TABLE "learning_questions" DROP COLUMN "duration";
