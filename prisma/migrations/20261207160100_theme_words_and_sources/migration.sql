-- Themes keep the other Dutch words the sources use for them (used to suggest themes for a question)
-- and which sources name them: only the five gap themes (lacunes) come from the L&V learning agenda.
ALTER TABLE "themes" ADD COLUMN "related_words_nl" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];
ALTER TABLE "themes" ADD COLUMN "sources" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[]
    CHECK ("sources" <@ ARRAY['advice-2021', 'nji-2021', 'liso', 'leeragenda-2020', 'wsd-2019']::TEXT[]);
